package com.chefweb.booking.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.calendar.ChefCalendar;
import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.orders.OrderHistory;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.web.Paging;

/**
 * The chef's calendar and the customer's order history, in the directive's shapes (§5.3 and §5.6), snake_case.
 */
@RestController
@Tag(name = "Calendar and orders", description = "A chef's calendar; a customer's orders from marketplace chefs")
class MarketplaceScheduleController {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final int DEFAULT_DAYS = 31;

    private final ChefCalendar calendar;
    private final OrderHistory history;
    private final MarketplacePeople people;
    private final Clock clock;

    MarketplaceScheduleController(ChefCalendar calendar, OrderHistory history, MarketplacePeople people,
            Clock clock) {
        this.calendar = calendar;
        this.history = history;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping({"/meals/api/chef-calendar", "/meals/api/chef-calendar/"})
    @Access(Level.CHEF)
    @Operation(summary = "The chef's meal events and service bookings between two dates (at most 93 days), "
            + "in the chef's time zone; from today for a month by default")
    Calendar calendar(@RequestParam(name = "date_from", required = false) @Nullable String dateFrom,
            @RequestParam(name = "date_to", required = false) @Nullable String dateTo) {
        MarketplaceChef chef = people.actingChef();
        LocalDate from = dateFrom == null || dateFrom.isBlank() ? LocalDate.now(clock.withZone(chef.timeZone()))
                : date("date_from", dateFrom);
        LocalDate to = dateTo == null || dateTo.isBlank() ? from.plusDays(DEFAULT_DAYS - 1) : date("date_to", dateTo);
        List<CalendarEntry> entries = calendar.between(chef, from, to).stream().map(entry -> new CalendarEntry(
                entry.type(), entry.id(), entry.title(), entry.date().toString(),
                entry.time() == null ? null : HOURS_MINUTES.format(entry.time()), entry.ordersCount(),
                entry.maxOrders(), entry.status())).toList();
        return new Calendar(entries, from.toString(), to.toString(), chef.timeZone().getId());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Calendar(List<CalendarEntry> events, String dateFrom, String dateTo, String timeZone) {
    }

    /** @param type {@code meal_event} or {@code service_booking} */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CalendarEntry(String type, long id, String title, String date, @Nullable String time,
            @Nullable Integer ordersCount, @Nullable Integer maxOrders, String status) {
    }

    @GetMapping({"/meals/api/my-orders", "/meals/api/my-orders/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The customer's orders from marketplace chefs, newest first, with what each bought")
    MyOrders myOrders(@RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "page", required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
            @RequestParam(name = "limit", required = false) @Nullable String limit,
            @RequestParam(name = "offset", required = false) @Nullable String offset) {
        Paging paging = Paging.of(page, pageSize, limit, offset, 20);
        Page<OrderHistory.Summary> found = history.of(people.caller(), statuses(status), paging.page(),
                paging.pageSize());
        return new MyOrders(found.items().stream().map(OrderSummary::of).toList(), found.count(), found.page(),
                found.pageSize(), found.totalPages());
    }

    @GetMapping({"/meals/api/my-orders/{orderId}", "/meals/api/my-orders/{orderId}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "One of the customer's orders")
    OrderSummary myOrder(@PathVariable long orderId) {
        return OrderSummary.of(history.one(people.caller(), orderId));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MyOrders(List<OrderSummary> orders, long total, int page, int pageSize, int totalPages) {
    }

    /**
     * @param totalAmount in the currency's minor units (yen for JPY)
     * @param currency upper case
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderSummary(long id, Instant createdAt, long totalAmount, String currency, boolean isPaid, String status,
            String type, List<OrderItem> items) {

        static OrderSummary of(OrderHistory.Summary summary) {
            return new OrderSummary(summary.id(), summary.createdAt(), summary.total().minorUnits(),
                    summary.total().currency().getCurrencyCode(), summary.paid(), summary.status(), summary.type(),
                    summary.items().stream().map(item -> new OrderItem(item.label(),
                            item.eventDate() == null ? null : item.eventDate().toString(),
                            item.serviceDate() == null ? null : item.serviceDate().toString(), item.chef(),
                            item.chefId())).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderItem(String label, @Nullable String eventDate, @Nullable String serviceDate, String chef,
            long chefId) {
    }

    private static @Nullable List<String> statuses(@Nullable String status) {
        if (status == null || status.isBlank() || status.strip().equals("all")) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "placed", "paid", "completed", "refunded", "cancelled" -> List.of(status.strip()
                    .toLowerCase(Locale.ROOT));
            case "active" -> List.of("placed", "paid");
            default -> throw Refusal.invalid("status", "Choose placed, paid, completed, cancelled, refunded or all.");
        };
    }

    private static LocalDate date(String field, String given) {
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeException notADate) {
            throw Refusal.invalid(field, "Give the date as YYYY-MM-DD");
        }
    }
}
