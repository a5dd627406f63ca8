package com.chefweb.chefs.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.profile.ChefProfile;
import com.chefweb.chefs.profile.ChefProfiles;
import com.chefweb.chefs.profile.ChefProfiles.PaymentAccount;
import com.chefweb.shared.money.Money;

/**
 * A chef's dashboard: what needs doing (alerts), what is coming, and how the business goes, in the chef's time zone.
 * Built only from the chefs module's own tables and the read models other modules' events keep here. Revenue is
 * what the chef kept of paid, unrefunded sales (the platform's fee taken off); clients are customers who paid.
 */
@Service
public class ChefDashboard {

    private static final int UPCOMING = 5;
    private static final int ACTIVE_CLIENT_DAYS = 90;

    private final ChefProfiles profiles;
    private final ChefDashboardRepository dashboard;
    private final Clock clock;

    ChefDashboard(ChefProfiles profiles, ChefDashboardRepository dashboard, Clock clock) {
        this.profiles = profiles;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    /** The chef's meal events still to come, as booking last told: those a break cancels. */
    @Transactional(readOnly = true)
    public int upcomingMealEvents(UUID userId) {
        return dashboard.count(userId, "meal_event", List.of("draft", "open", "closed"), clock.instant(), null);
    }

    /** @param payoutId whom payment reports the chef's payout account by */
    @Transactional(readOnly = true)
    public View of(UUID userId, UUID payoutId) {
        ChefProfile profile = profiles.mine(userId);
        PaymentAccount account = profiles.paymentAccount(payoutId).orElse(null);
        ZoneId zone = ZoneId.of(profile.chef().timeZone());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant dayStart = today.atStartOfDay(zone).toInstant();
        Instant weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone)
                .toInstant();
        Instant monthStart = today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
        Instant nextMonth = today.withDayOfMonth(1).plusMonths(1).atStartOfDay(zone).toInstant();

        int upcomingServices = dashboard.count(userId, "service_order", List.of("confirmed"), now, null);
        int upcomingMeals = dashboard.count(userId, "meal_event", List.of("open", "closed"), now, null);
        int awaitingPayment = dashboard.count(userId, "service_order", List.of("awaiting_payment"), now, null);
        int completedThisMonth = dashboard.count(userId, "service_order", List.of("completed"), monthStart, nextMonth)
                + dashboard.count(userId, "meal_event", List.of("completed"), monthStart, nextMonth);
        Revenue revenue = new Revenue(
                dashboard.revenue(userId, dayStart, tomorrow),
                dashboard.revenue(userId, weekStart, tomorrow),
                dashboard.revenue(userId, monthStart, tomorrow));
        Clients clients = new Clients(dashboard.clients(userId, null),
                dashboard.clients(userId, now.minus(java.time.Duration.ofDays(ACTIVE_CLIENT_DAYS))),
                dashboard.newClients(userId, monthStart));
        boolean emailConfirmed = dashboard.emailConfirmed(userId).orElse(false);
        return new View(profile, zone, revenue, clients, upcomingServices + upcomingMeals, awaitingPayment,
                completedThisMonth, dashboard.upcoming(userId, now, UPCOMING).stream()
                        .map(c -> new Upcoming(c.kind(), c.id(), c.title(), c.startsAt(), c.status(), c.ordersCount()))
                        .toList(),
                dashboard.topServices(userId, 5).stream()
                        .map(t -> new TopService(t.id(), t.name(), t.orderCount())).toList(),
                alerts(profile, account, dashboard.orderableOfferings(userId), emailConfirmed), account);
    }

    /**
     * One point per day of the range, in the chef's time zone, ending today.
     *
     * @param metric {@code revenue} (what the chef kept, per currency), {@code orders} (paid orders) or
     *     {@code clients} (customers paying for the first time)
     * @param days how many days, today included
     */
    @Transactional(readOnly = true)
    public List<DayPoint> timeSeries(UUID userId, String metric, int days) {
        ChefProfile profile = profiles.mine(userId);
        ZoneId zone = ZoneId.of(profile.chef().timeZone());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = today.plusDays(1).atStartOfDay(zone).toInstant();
        java.util.Map<LocalDate, java.util.Map<String, Money>> kept = new java.util.HashMap<>();
        java.util.Map<LocalDate, Integer> counts = new java.util.HashMap<>();
        if (metric.equals("clients")) {
            dashboard.newClientsByDay(userId, zone, from, until).forEach(day -> counts.put(day.day(), day.count()));
        } else {
            for (var sales : dashboard.salesByDay(userId, zone, from, until)) {
                kept.computeIfAbsent(sales.day(), d -> new java.util.TreeMap<>())
                        .put(sales.kept().currency().getCurrencyCode(), sales.kept());
                counts.merge(sales.day(), sales.sales(), Integer::sum);
            }
        }
        List<DayPoint> points = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            points.add(new DayPoint(day, counts.getOrDefault(day, 0),
                    List.copyOf(kept.getOrDefault(day, java.util.Map.of()).values())));
        }
        return points;
    }

    /** @param revenue what the chef kept that day, one amount per currency */
    public record DayPoint(LocalDate date, int count, List<Money> revenue) {
    }

    private static List<Alert> alerts(ChefProfile profile, @Nullable PaymentAccount account, int offerings,
            boolean emailConfirmed) {
        List<Alert> alerts = new ArrayList<>();
        if (profile.servingPostalCodes().isEmpty()) {
            alerts.add(new Alert("NO_SERVING_AREAS", "Add the postal codes you serve so customers near you find you"));
        }
        if (account == null || !account.active()) {
            alerts.add(new Alert("STRIPE_INCOMPLETE", account == null
                    ? "Connect a Stripe account to take payments"
                    : "Finish your Stripe account so it can take payments"
                            + (account.currentlyDue().isEmpty() ? "" : ": Stripe still needs "
                                    + String.join(", ", account.currentlyDue()))));
        }
        if (offerings == 0) {
            alerts.add(new Alert("NO_OFFERINGS", "Create a service with a price customers can book"));
        }
        if (profile.chef().bio().isBlank() || profile.chef().profilePicUrl() == null) {
            alerts.add(new Alert("PROFILE_INCOMPLETE", "Add a bio and a profile picture"));
        }
        if (!emailConfirmed) {
            alerts.add(new Alert("EMAIL_UNCONFIRMED", "Confirm your email address from the link we sent you"));
        }
        return alerts;
    }

    /** Revenue in each currency the chef sold in, today, this week (from Monday) and this month. */
    public record Revenue(List<Money> today, List<Money> thisWeek, List<Money> thisMonth) {
    }

    /**
     * @param active customers who paid in the last 90 days
     * @param newThisMonth customers whose first payment came this month
     */
    public record Clients(int total, int active, int newThisMonth) {
    }

    /** @param kind {@code meal_event} or {@code service_order} */
    public record Upcoming(String kind, long id, String title, Instant startsAt, String status, int ordersCount) {
    }

    public record TopService(long id, String name, int orderCount) {
    }

    /** @param code such as {@code STRIPE_INCOMPLETE} */
    public record Alert(String code, String message) {
    }

    /**
     * @param upcomingBookings confirmed service orders and open or closed meal events still to come
     * @param awaitingPayment service orders holding the chef's time until they are paid
     */
    public record View(ChefProfile profile, ZoneId timeZone, Revenue revenue, Clients clients, int upcomingBookings,
            int awaitingPayment, int completedThisMonth, List<Upcoming> upcoming, List<TopService> topServices,
            List<Alert> alerts, @Nullable PaymentAccount paymentAccount) {
    }
}
