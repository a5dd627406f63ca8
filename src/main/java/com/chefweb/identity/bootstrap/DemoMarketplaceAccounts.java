package com.chefweb.identity.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.account.Role;
import com.chefweb.identity.marketplace.MarketplaceAccounts;
import com.chefweb.identity.marketplace.MarketplaceAccounts.Registration;
import com.chefweb.identity.marketplace.MarketplaceProfile;

/**
 * The demo marketplace's people (profile {@code demo}): chefs approved as chefs, and customers, each with a
 * confirmed email, an address and the password README prints. Made through the same accounts code as sign-ups;
 * approving a chef announces it, so the chefs module opens and fills in the chef's demo profile. Loaded only into
 * the embedded database, so a production database never receives accounts with a published password.
 */
@Component
@Profile("demo")
class DemoMarketplaceAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoMarketplaceAccounts.class);

    private final MarketplaceAccounts marketplace;
    private final JsonMapper json;

    DemoMarketplaceAccounts(MarketplaceAccounts marketplace, JsonMapper json, Environment environment) {
        this.marketplace = marketplace;
        this.json = json;
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isBlank()) {
            throw new IllegalStateException("The demo marketplace loads only into the embedded database; unset"
                    + " SPRING_DATASOURCE_URL or drop the demo profile");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        JsonNode demo = read();
        String password = demo.get("password").asString();
        int made = 0;
        for (JsonNode person : demo.get("chefs")) {
            made += open(person, password, true) ? 1 : 0;
        }
        for (JsonNode person : demo.get("customers")) {
            made += open(person, password, false) ? 1 : 0;
        }
        log.info("Demo marketplace: {} accounts opened ({} already there); every demo password is {}", made,
                demo.get("chefs").size() + demo.get("customers").size() - made, password);
    }

    private boolean open(JsonNode person, String password, boolean chef) {
        String username = person.get("username").asString();
        if (marketplace.accountOf(username).isPresent()) {
            return false;
        }
        var account = marketplace.register(new Registration(username, person.get("email").asString(), password,
                person.get("timezone").asString(), "US", "en", List.of(), List.of(), 2,
                new MarketplaceProfile.Address(null, person.get("city").asString(), null,
                        person.get("postal_code").asString(), person.get("country").asString()), chef));
        marketplace.confirmEmail(account.id());
        if (chef) {
            marketplace.changeByAdmin(account.id(), Role.CHEF, null, null);
        }
        return true;
    }

    private JsonNode read() {
        try (InputStream in = DemoMarketplaceAccounts.class.getResourceAsStream("/identity/demo-accounts.json")) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
