package com.chefweb.chefs.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.chefs.dashboard.ChefDashboard;
import com.chefweb.chefs.dashboard.ChefDashboard.View;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * The chef's dashboard: the directive's shape (§5.1: profile, stats, upcoming events, alerts, Stripe state) and the
 * app's Insights shape (revenue, clients, orders, top services) in one answer, on both paths. Amounts are in the
 * chef's default currency in major units, with every currency sold in under {@code by_currency}.
 */
@RestController
@Access(Level.CHEF)
@Tag(name = "Chef dashboard", description = "What a chef needs to see first: alerts, what is coming, revenue")
class DashboardController {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final ChefDashboard dashboard;

    DashboardController(ChefDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping({"/chef/api/dashboard", "/chef/api/dashboard/", "/chefs/api/me/dashboard", "/chefs/api/me/dashboard/"})
    @Operation(summary = "The chef's dashboard, in the chef's time zone")
    Dashboard dashboard() {
        View view = dashboard.of(ChefUser.id(), ChefUser.payoutId());
        var chef = view.profile().chef();
        Currency home = Currency.getInstance(chef.defaultCurrency().toUpperCase(Locale.ROOT));
        Amount week = Amount.of(view.revenue().thisWeek(), home);
        Amount month = Amount.of(view.revenue().thisMonth(), home);
        Amount today = Amount.of(view.revenue().today(), home);
        var account = view.paymentAccount();
        return new Dashboard(
                new Profile(chef.id(), chef.username(), chef.displayName(), chef.live(), chef.verified(),
                        chef.onBreak(), view.timeZone().getId()),
                new Stats(view.upcomingBookings(), 0, view.clients().active(), week, month),
                view.upcoming().stream().map(u -> new UpcomingEvent(u.kind(), u.id(), u.title(), u.startsAt(),
                        u.startsAt().atZone(view.timeZone()).toLocalDate().toString(),
                        HOURS_MINUTES.format(u.startsAt().atZone(view.timeZone())), u.status(), u.ordersCount()))
                        .toList(),
                view.alerts().stream().map(a -> new Alert(a.code(), a.message())).toList(),
                new Stripe(account != null, account != null && account.active(),
                        account == null ? null : account.disabledReason(),
                        account == null ? List.of() : account.currentlyDue()),
                new Revenue(today.amount(), week.amount(), month.amount(), home.getCurrencyCode(),
                        new RevenueByCurrency(today.byCurrency(), week.byCurrency(), month.byCurrency())),
                new Clients(view.clients().total(), view.clients().active(), view.clients().newThisMonth()),
                new Orders(view.upcomingBookings(), view.awaitingPayment(), view.completedThisMonth()),
                view.topServices().stream().map(t -> new TopService(t.id(), t.name(), t.orderCount())).toList());
    }

    @GetMapping({"/chefs/api/analytics/time-series", "/chefs/api/analytics/time-series/"})
    @Operation(summary = "One point per day, in the chef's time zone: revenue (per currency), paid orders or new clients")
    TimeSeries timeSeries(@RequestParam(name = "metric", defaultValue = "revenue") String metric,
            @RequestParam(name = "range", defaultValue = "30d") String range) {
        String what = metric.strip().toLowerCase(Locale.ROOT);
        if (!List.of("revenue", "orders", "clients").contains(what)) {
            throw Refusal.invalid("metric", "Choose revenue, orders or clients");
        }
        int days = switch (range.strip().toLowerCase(Locale.ROOT)) {
            case "7d" -> 7;
            case "30d" -> 30;
            case "90d" -> 90;
            case "1y" -> 365;
            default -> throw Refusal.invalid("range", "Choose 7d, 30d, 90d or 1y");
        };
        var chef = dashboard.of(ChefUser.id(), ChefUser.payoutId()).profile().chef();
        Currency home = Currency.getInstance(chef.defaultCurrency().toUpperCase(Locale.ROOT));
        DateTimeFormatter label = DateTimeFormatter.ofPattern(days > 90 ? "MMM yyyy" : "MMM d", Locale.US);
        List<Point> points = dashboard.timeSeries(ChefUser.id(), what, days).stream().map(point -> {
            java.util.Map<String, BigDecimal> byCurrency = new java.util.LinkedHashMap<>();
            point.revenue().forEach(money -> byCurrency.put(money.currency().getCurrencyCode(), money.toMajor()));
            BigDecimal value = what.equals("revenue") ? Amount.of(point.revenue(), home).amount()
                    : BigDecimal.valueOf(point.count());
            return new Point(point.date().toString(), value, label.format(point.date()),
                    what.equals("revenue") ? byCurrency : null);
        }).toList();
        BigDecimal total = points.stream().map(Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TimeSeries(what, range.strip().toLowerCase(Locale.ROOT), points, total,
                what.equals("revenue") ? home.getCurrencyCode() : null);
    }

    /** @param total the sum of the points (revenue in the chef's default currency) */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TimeSeries(String metric, String range, List<Point> data, BigDecimal total, @Nullable String currency) {
    }

    /** @param byCurrency revenue only: what the chef kept that day in each currency, major units */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Point(String date, BigDecimal value, String label, java.util.@Nullable Map<String, BigDecimal> byCurrency) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Dashboard(Profile profile, Stats stats, List<UpcomingEvent> upcomingEvents, List<Alert> alerts,
            Stripe stripe, Revenue revenue, Clients clients, Orders orders, List<TopService> topServices) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Profile(long id, String username, @Nullable String displayName, boolean isLive, boolean isVerified,
            boolean isOnBreak, String timeZone) {
    }

    /** @param activeLeads leads are not kept yet: none */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Stats(int upcomingBookings, int activeLeads, int activeClients, Amount revenueThisWeek,
            Amount revenueThisMonth) {
    }

    /** @param amount in the chef's default currency, major units */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Amount(BigDecimal amount, String currency, List<CurrencyAmount> byCurrency) {

        static Amount of(List<Money> sums, Currency home) {
            Money inHome = sums.stream().filter(m -> m.currency().equals(home)).findFirst().orElse(Money.zero(home));
            return new Amount(inHome.toMajor(), home.getCurrencyCode(), sums.stream()
                    .map(m -> new CurrencyAmount(m.currency().getCurrencyCode(), m.toMajor())).toList());
        }
    }

    record CurrencyAmount(String currency, BigDecimal amount) {
    }

    /** @param type {@code meal_event} or {@code service_order}; date and time in the chef's zone */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UpcomingEvent(String type, long id, String title, Instant startsAt, String date, String time,
            String status, int ordersCount) {
    }

    record Alert(String code, String message) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Stripe(boolean connected, boolean isActive, @Nullable String disabledReason, List<String> currentlyDue) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Revenue(BigDecimal today, BigDecimal thisWeek, BigDecimal thisMonth, String currency,
            RevenueByCurrency byCurrency) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RevenueByCurrency(List<CurrencyAmount> today, List<CurrencyAmount> thisWeek,
            List<CurrencyAmount> thisMonth) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Clients(int total, int active, int newThisMonth) {
    }

    /** @param pendingConfirmation service orders waiting for their payment */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Orders(int upcoming, int pendingConfirmation, int completedThisMonth) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TopService(long id, String name, int orderCount) {
    }
}
