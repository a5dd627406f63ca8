package com.chefweb.booking.web;

import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.services.ServiceOrder;
import com.chefweb.booking.services.ServiceOrderForm;
import com.chefweb.booking.services.ServiceOrders;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Paging;
import com.chefweb.shared.web.Provided;
import com.chefweb.shared.web.RateLimited;

/**
 * Service orders in the sautai app's dialect: a customer orders a chef's offering for their household, changes it
 * until it is paid, and cancels it; the chef lists the orders of their services. Checkout and payment verification
 * are payment's ({@code /services/orders/{id}/checkout}). A caller sees and changes only their own (others: 404).
 */
@RestController
@Tag(name = "Service orders", description = "Chefs' services ordered by customers for their household")
class ServiceOrderController {

    private final ServiceOrders orders;
    private final MarketplacePeople people;

    ServiceOrderController(ServiceOrders orders, MarketplacePeople people) {
        this.orders = orders;
        this.people = people;
    }

    @PostMapping({"/services/orders", "/services/orders/"})
    @Access(Level.CUSTOMER)
    @RateLimited("marketplace-order")
    @Operation(summary = "Order a service: a draft until it has a date and start, then it awaits payment")
    ResponseEntity<ServiceOrderView> create(@RequestBody JsonNode body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String keyHeader) {
        JsonFields fields = JsonFields.of(body);
        Provided<String> keyField = fields.text("idempotency_key");
        ServiceOrderForm form = form(fields);
        String key = MealOrderController.idempotencyKey(keyHeader != null ? keyHeader
                : keyField == null ? null : keyField.value());
        ServiceOrders.Placed placed = orders.create(people.caller(), form, key);
        return ResponseEntity.status(placed.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(placed.order(), false));
    }

    @RequestMapping(path = {"/services/orders/{id}/update", "/services/orders/{id}/update/", "/services/orders/{id}",
            "/services/orders/{id}/"}, method = {RequestMethod.PATCH, RequestMethod.PUT})
    @Access(Level.CUSTOMER)
    @Operation(summary = "Change the customer's order until it is paid: only the fields sent")
    ServiceOrderView change(@PathVariable long id, @RequestBody JsonNode body) {
        ServiceOrderForm form = form(JsonFields.of(body));
        return view(orders.change(people.caller(), id, form), false);
    }

    @GetMapping({"/services/orders/{id}", "/services/orders/{id}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "One of the customer's service orders")
    ServiceOrderView one(@PathVariable long id) {
        return view(orders.ofCustomer(people.caller(), id), false);
    }

    @PostMapping({"/services/orders/{id}/cancel", "/services/orders/{id}/cancel/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Cancel the customer's order (a confirmed one until a day before it, refunded in full)")
    ServiceOrderView cancel(@PathVariable long id, @RequestBody(required = false) @Nullable JsonNode body) {
        Provided<String> reason = body == null || body.isNull() ? null : JsonFields.of(body).text("reason");
        return view(orders.cancel(people.caller(), id, reason == null ? null : reason.value()), false);
    }

    @GetMapping({"/services/my/customer-orders", "/services/my/customer-orders/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The customer's service orders, paged (status active, completed, cancelled or all)")
    CustomerOrders mine(@RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize) {
        Paging paging = Paging.of(page, pageSize, null, null, 10);
        Page<ServiceOrderView> found = withPeople(orders.ofCustomer(people.caller(), statuses(status), paging.page(),
                paging.pageSize()), false);
        return new CustomerOrders(found.items(), found.count(), found.page(), found.pageSize(), found.totalPages());
    }

    /** The app's page: {@code results, total, page, page_size, total_pages}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CustomerOrders(List<ServiceOrderView> results, long total, int page, int pageSize, int totalPages) {
    }

    @GetMapping({"/services/my/orders", "/services/my/orders/"})
    @Access(Level.CHEF)
    @Operation(summary = "The orders of the chef's services, drafts aside")
    List<ServiceOrderView> chefs() {
        return people.knownActingChef().map(orders::ofChef)
                .map(found -> withPeople(new Page<>(found, found.size(), 1, Math.max(1, found.size())), true).items())
                .orElse(List.of());
    }

    private ServiceOrderView view(ServiceOrder order, boolean forChef) {
        return withPeople(new Page<>(List.of(order), 1, 1, 1), forChef).items().getFirst();
    }

    private Page<ServiceOrderView> withPeople(Page<ServiceOrder> found, boolean forChef) {
        Map<UUID, MarketplaceChef> chefs = people.chefs(found.items().stream().map(ServiceOrder::chefUserId)
                .distinct().toList());
        Map<UUID, MarketplaceCustomer> customers = people.customers(found.items().stream()
                .map(ServiceOrder::customerUserId).distinct().toList());
        return found.map(order -> ServiceOrderView.of(order, orders.offering(order.offeringId()).orElse(null),
                chefs.get(order.chefUserId()), customers.get(order.customerUserId()), forChef));
    }

    private static ServiceOrderForm form(JsonFields fields) {
        Provided<String> notes = null;
        JsonNode preferences = fields.node("schedule_preferences");
        if (preferences != null && preferences.isObject() && preferences.has("notes")) {
            notes = JsonFields.of(preferences).text("notes");
        }
        Provided<String> address = fields.text("address");
        ServiceOrderForm form = new ServiceOrderForm(fields.id("offering_id"), fields.id("tier_id"),
                fields.integer("household_size"), fields.text("service_date"), fields.text("service_start_time"),
                fields.integer("duration_minutes"), address, fields.text("special_requests"), notes,
                fields.text("delivery_method"), fields.node("address_id") != null && !fields.node("address_id").isNull());
        fields.refuseIfAny();
        return form;
    }

    private static @Nullable List<String> statuses(@Nullable String status) {
        if (status == null || status.isBlank() || status.strip().equals("all")) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> List.of("draft", "awaiting_payment", "confirmed");
            case "completed" -> List.of("completed");
            case "cancelled" -> List.of("cancelled", "refunded");
            default -> throw Refusal.invalid("status", "Choose active, completed, cancelled or all.");
        };
    }
}
