package com.chefweb.catalog.offering;

import com.chefweb.shared.web.Provided;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.events.ChefModeEntered;

/**
 * Profile {@code demo}: the demo chefs' services with their household tiers (one chef prices in yen), created through
 * the same code as a chef's own, once, when identity announces the demo chef.
 */
@Component
@Profile("demo")
class DemoOfferings {

    private final ServiceOfferings offerings;
    private final ChefCopyRepository chefs;
    private final JsonNode demo;

    DemoOfferings(ServiceOfferings offerings, ChefCopyRepository chefs, JsonMapper json) {
        this.offerings = offerings;
        this.chefs = chefs;
        try (InputStream in = DemoOfferings.class.getResourceAsStream("/catalog/demo-offerings.json")) {
            this.demo = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ApplicationModuleListener
    void offerFor(ChefModeEntered entered) {
        JsonNode services = demo.get(entered.username());
        if (services == null) {
            return;
        }
        Chef chef = new Chef(entered.userId(), entered.publicId(), entered.username());
        chefs.save(chef, entered.enteredAt());
        if (!offerings.ofChef(chef).isEmpty()) {
            return;
        }
        for (JsonNode service : services) {
            Offering offering = offerings.create(chef, new OfferingChanges(text(service, "service_type"),
                    text(service, "title"), text(service, "description"), number(service, "default_duration_minutes"),
                    number(service, "max_travel_miles"), null, text(service, "currency"), new Provided<>(true), null));
            for (JsonNode tier : service.get("tiers")) {
                boolean recurring = tier.has("recurring");
                offerings.addTier(chef, offering.id(), new TierChanges(text(tier, "label"),
                        number(tier, "household_min"), number(tier, "household_max"), text(service, "currency"),
                        number(tier, "amount"), new Provided<>(recurring),
                        recurring ? text(tier, "recurring") : new Provided<>(null), null, null, new Provided<>(true),
                        null));
            }
        }
    }

    private static Provided<String> text(JsonNode node, String field) {
        return new Provided<>(node.hasNonNull(field) ? node.get(field).asString() : null);
    }

    private static Provided<Integer> number(JsonNode node, String field) {
        return new Provided<>(node.hasNonNull(field) ? node.get(field).asInt() : null);
    }
}
