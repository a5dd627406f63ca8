package com.chefweb.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.chefweb.catalog.offering.ChefCopies;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.catalog.offering.Chef;
import com.chefweb.catalog.offering.OfferingChanges;
import com.chefweb.catalog.offering.ServiceOfferings;
import com.chefweb.catalog.offering.ServiceType;
import com.chefweb.catalog.offering.TierChanges;
import com.chefweb.catalog.web.OfferingViews.OfferingForm;
import com.chefweb.catalog.web.OfferingViews.OwnOffering;
import com.chefweb.catalog.web.OfferingViews.OwnTier;
import com.chefweb.catalog.web.OfferingViews.PublicOffering;
import com.chefweb.catalog.web.OfferingViews.TierForm;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * Chefs' service offerings and tiers in the sautai app's dialect (sautai-spa-contract.md §2.5.3): snake_case, every
 * path with and without its trailing slash, the {@code user_id} the app adds to each request ignored. The public
 * list never answers 401; a chef's writes answer 404 for another chef's offering or tier.
 */
@RestController
@Tag(name = "Service offerings", description = "Chefs' services priced per household size, as the sautai app uses them")
class ServiceOfferingController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ServiceOfferings offerings;
    private final ChefCopies chefs;

    ServiceOfferingController(ServiceOfferings offerings, ChefCopies chefs) {
        this.offerings = offerings;
        this.chefs = chefs;
    }

    @GetMapping({"/services/offerings", "/services/offerings/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A chef's public offerings with the tiers customers can book (chef_id=me: the caller's own, all)")
    List<?> publicOfferings(@RequestParam(name = "chef_id", required = false) @Nullable String chefId,
            @RequestParam(name = "service_type", required = false) @Nullable String serviceType,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        ServiceType type = serviceType(serviceType);
        int limit = pageSize(pageSize);
        if (chefId != null && chefId.strip().equals("me")) {
            return chefs.findActingChef()
                    .map(chef -> offerings.ofChef(chef).stream()
                            .filter(offering -> type == null || offering.serviceType() == type)
                            .limit(limit)
                            .map(OwnOffering::of)
                            .toList())
                    .orElse(List.of());
        }
        return offerings.publicOnes(chefId == null || chefId.isBlank() ? null : chefId(chefId), type, limit).stream()
                .map(PublicOffering::of)
                .toList();
    }

    @GetMapping({"/services/offerings/{id}", "/services/offerings/{id}/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "One offering: public while active with a bookable tier; always for its chef")
    Object offering(@PathVariable long id) {
        var viewer = chefs.knownActingChef();
        var offering = offerings.find(id, viewer);
        return viewer.filter(chef -> chef.chefId() == offering.chefId()).isPresent() ? OwnOffering.of(offering)
                : PublicOffering.of(offering);
    }

    @GetMapping({"/services/my/offerings", "/services/my/offerings/"})
    @Access(Level.CHEF)
    @Operation(summary = "The chef's own offerings, deleted (inactive) ones too, for the dashboard")
    List<OwnOffering> myOfferings() {
        // the dashboard calls this on load: a chef the catalog does not know yet simply has none
        return chefs.findActingChef().map(offerings::ofChef).orElse(List.of()).stream().map(OwnOffering::of).toList();
    }

    @PostMapping({"/services/offerings", "/services/offerings/"})
    @Access(Level.CHEF)
    @Operation(summary = "Create an offering")
    ResponseEntity<OwnOffering> create(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = OfferingForm.class))) @RequestBody JsonNode body) {
        OfferingChanges changes = offeringChanges(body);
        Chef chef = chefs.actingChef();
        return ResponseEntity.status(HttpStatus.CREATED).body(OwnOffering.of(offerings.create(chef, changes)));
    }

    @PatchMapping({"/services/offerings/{id}", "/services/offerings/{id}/"})
    @Access(Level.CHEF)
    @Operation(summary = "Change an offering: only the fields sent")
    OwnOffering change(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = OfferingForm.class))) @RequestBody JsonNode body) {
        OfferingChanges changes = offeringChanges(body);
        return OwnOffering.of(offerings.change(chefs.actingChef(), id, changes));
    }

    @DeleteMapping({"/services/offerings/{id}", "/services/offerings/{id}/", "/services/offerings/{id}/delete",
            "/services/offerings/{id}/delete/"})
    @Access(Level.CHEF)
    @Operation(summary = "Delete an offering: it leaves the public list and stays, inactive, in the chef's own")
    ResponseEntity<Void> delete(@PathVariable long id) {
        offerings.delete(chefs.actingChef(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping({"/services/offerings/{id}/tiers", "/services/offerings/{id}/tiers/"})
    @Access(Level.CHEF)
    @Operation(summary = "Add a price tier for a range of household sizes (no two tiers of an offering overlap)")
    ResponseEntity<OwnTier> addTier(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = TierForm.class))) @RequestBody JsonNode body) {
        TierChanges changes = tierChanges(body);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(OwnTier.of(offerings.addTier(chefs.actingChef(), id, changes)));
    }

    @PatchMapping({"/services/tiers/{id}", "/services/tiers/{id}/"})
    @Access(Level.CHEF)
    @Operation(summary = "Change a tier: only the fields sent")
    OwnTier changeTier(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = TierForm.class))) @RequestBody JsonNode body) {
        TierChanges changes = tierChanges(body);
        return OwnTier.of(offerings.changeTier(chefs.actingChef(), id, changes));
    }

    @DeleteMapping({"/services/tiers/{id}", "/services/tiers/{id}/"})
    @Access(Level.CHEF)
    @Operation(summary = "Delete a tier")
    ResponseEntity<Void> deleteTier(@PathVariable long id) {
        offerings.deleteTier(chefs.actingChef(), id);
        return ResponseEntity.noContent().build();
    }

    private static OfferingChanges offeringChanges(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        OfferingChanges changes = new OfferingChanges(fields.text("service_type"), fields.text("title"),
                fields.text("description"), fields.integer("default_duration_minutes"),
                fields.integer("max_travel_miles"), fields.text("notes"), fields.text("currency"),
                fields.bool("active"), fields.ids("target_customer_ids"));
        fields.refuseIfAny();
        return changes;
    }

    private static TierChanges tierChanges(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        TierChanges changes = new TierChanges(fields.text("display_label"), fields.integer("household_min"),
                fields.integer("household_max"), fields.text("currency"), fields.integer("desired_unit_amount_cents"),
                fields.bool("is_recurring"), fields.text("recurrence_interval"), fields.integer("duration_minutes"),
                fields.bool("hidden"), fields.bool("active"), fields.integer("sort_order"));
        fields.refuseIfAny();
        return changes;
    }

    private static long chefId(String chefId) {
        try {
            long id = Long.parseLong(chefId.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw Refusal.invalid("chef_id", "Give a chef's id (a whole number) or me.");
    }

    private static @Nullable ServiceType serviceType(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return ServiceType.of(code.strip()).orElseThrow(() -> Refusal.invalid("service_type",
                "\"" + code.strip() + "\" is not a valid choice: home_chef or weekly_prep."));
    }

    private static int pageSize(@Nullable String pageSize) {
        if (pageSize == null || pageSize.isBlank()) {
            return MAX_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(pageSize.strip());
            if (size >= 1) {
                return Math.min(size, MAX_PAGE_SIZE);
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw Refusal.invalid("page_size", "Give a whole number of at least 1.");
    }
}
