package com.chefweb.booking.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.meals.MealOrders.Ordered;
import com.chefweb.booking.meals.MealOrders;
import com.chefweb.booking.web.MealViews.MealOrderView;
import com.chefweb.booking.web.MealViews.PageView;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Paging;
import com.chefweb.shared.web.Provided;
import com.chefweb.shared.web.RateLimited;

/**
 * Customers' orders for servings of meal events, and the chef's view of the orders of their events. Placing one is
 * safe to retry with the same {@code Idempotency-Key} (or {@code idempotency_key} in the body); it is paid through
 * its parent Order ({@code order} in the answer) at {@code /meals/api/process-chef-meal-payment/{order}/}.
 */
@RestController
@Tag(name = "Meal orders", description = "Servings of meal events customers ordered")
class MealOrderController {

    private final MealOrders orders;
    private final MarketplacePeople people;

    MealOrderController(MealOrders orders, MarketplacePeople people) {
        this.orders = orders;
        this.people = people;
    }

    @PostMapping({"/meals/api/chef-meal-orders", "/meals/api/chef-meal-orders/"})
    @Access(Level.CUSTOMER)
    @RateLimited("marketplace-order")
    @Operation(summary = "Order servings of an open meal event (never more than are left)")
    ResponseEntity<MealOrderView> place(@RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String keyHeader) {
        JsonFields fields = JsonFields.of(body);
        Provided<Long> event = fields.id("meal_event");
        Provided<Integer> quantity = fields.integer("quantity");
        Provided<String> requests = fields.text("special_requests");
        Provided<String> keyField = fields.text("idempotency_key");
        fields.refuseIfAny();
        if (event == null || event.value() == null) {
            throw Refusal.invalid("meal_event", "Choose the meal share to order from");
        }
        String key = idempotencyKey(keyHeader != null ? keyHeader : keyField == null ? null : keyField.value());
        MealOrders.Placed placed = orders.place(people.caller(), event.value(),
                quantity == null ? null : quantity.value(), requests == null ? null : requests.value(), key);
        Ordered ordered = orders.ofCustomer(placed.order().customerUserId(), placed.order().id());
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(ordered, false));
    }

    @GetMapping({"/meals/api/chef-meal-orders", "/meals/api/chef-meal-orders/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's meal orders, paged; as_chef=true (or the chef role): the orders of the chef's events")
    Object list(@RequestParam(name = "as_chef", required = false) @Nullable String asChef,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "offset", required = false) @Nullable String offset) {
        Paging paging = Paging.of(page, pageSize, limit, offset, 20);
        boolean chefRole = CurrentActor.get().filter(actor -> "chef".equals(actor.role())).isPresent();
        if ("true".equalsIgnoreCase(asChef) || chefRole && asChef == null) {
            // the chef's Orders tab reads a bare array
            return people.knownActingChef().map(chef -> orders.ofChef(chef, paging.page(), paging.pageSize()))
                    .map(found -> withPeople(found, true).items()).orElse(List.of());
        }
        return PageView.of(withPeople(orders.ofCustomer(people.caller(), statuses(status), paging.page(),
                paging.pageSize()), false));
    }

    @GetMapping({"/meals/api/chef-meal-orders/{id}", "/meals/api/chef-meal-orders/{id}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "One of the customer's meal orders")
    MealOrderView one(@PathVariable long id) {
        return view(orders.ofCustomer(people.caller(), id), false);
    }

    @PostMapping({"/meals/api/chef-meal-orders/{id}/cancel", "/meals/api/chef-meal-orders/{id}/cancel/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Cancel the customer's order before the event's cutoff; a paid one is refunded in full")
    MealOrderView cancel(@PathVariable long id, @RequestBody(required = false) @Nullable JsonNode body) {
        Provided<String> reason = body == null || body.isNull() ? null : JsonFields.of(body).text("reason");
        UUID customer = people.caller();
        orders.cancel(customer, id, reason == null ? null : reason.value());
        return view(orders.ofCustomer(customer, id), false);
    }

    private MealOrderView view(Ordered ordered, boolean forChef) {
        return withPeople(new Page<>(List.of(ordered), 1, 1, 1), forChef).items().getFirst();
    }

    private Page<MealOrderView> withPeople(Page<Ordered> found, boolean forChef) {
        Map<UUID, MarketplaceChef> chefs = people.chefs(found.items().stream()
                .map(ordered -> ordered.event().chefUserId()).distinct().toList());
        Map<UUID, MarketplaceCustomer> customers = people.customers(found.items().stream()
                .map(ordered -> ordered.order().customerUserId()).distinct().toList());
        return found.map(ordered -> MealOrderView.of(ordered, chefs.get(ordered.event().chefUserId()),
                customers.get(ordered.order().customerUserId()), forChef));
    }

    private static @Nullable List<String> statuses(@Nullable String status) {
        if (status == null || status.isBlank() || status.strip().equals("all")) {
            return null;
        }
        return switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "active" -> List.of("placed", "paid");
            case "cancelled" -> List.of("cancelled", "refunded");
            case "confirmed", "paid" -> List.of("paid");
            case "placed", "completed", "refunded" -> List.of(status.strip().toLowerCase(java.util.Locale.ROOT));
            default -> throw Refusal.invalid("status", "Choose active, completed, cancelled or all.");
        };
    }

    static @Nullable String idempotencyKey(@Nullable String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String key = given.strip();
        if (key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw Refusal.invalid("idempotency_key", "Use up to 200 visible ASCII characters");
        }
        return key;
    }
}
