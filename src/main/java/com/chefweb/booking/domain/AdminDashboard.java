package com.chefweb.booking.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.ContactInquiryReceived;
import com.chefweb.crm.events.ContactInquiryStatusChanged;
import com.chefweb.shared.money.Money;

/**
 * The admin console's dashboard: today's events, recent unpaid bookings, this month's takings, new messages, the
 * latest bookings and the coming week, in the business's time zone.
 */
@Service
public class AdminDashboard {

    private static final int RECENT = 10;
    private static final int UPCOMING_DAYS = 7;

    private final DashboardRepository dashboard;
    private final BookingRepository bookings;
    private final PricingSource pricing;
    private final Clock clock;

    AdminDashboard(DashboardRepository dashboard, BookingRepository bookings, PricingSource pricing, Clock clock) {
        this.dashboard = dashboard;
        this.bookings = bookings;
        this.pricing = pricing;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Stats stats() {
        ZoneId zone = zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate monthStart = today.withDayOfMonth(1);
        long takenMinor = dashboard.receivedBetween(monthStart.atStartOfDay(zone).toInstant(),
                monthStart.plusMonths(1).atStartOfDay(zone).toInstant());
        return new Stats(dashboard.eventsOn(today), dashboard.unpaidSince(clock.instant().minus(Duration.ofDays(7))),
                Money.ofMinor(takenMinor, "USD"), dashboard.newInquiries(),
                load(dashboard.recent(RECENT)), load(dashboard.happeningBetween(today, today.plusDays(UPCOMING_DAYS))));
    }

    @ApplicationModuleListener
    void on(ContactInquiryReceived received) {
        dashboard.inquiryReceived(received.inquiryId(), received.receivedAt());
    }

    @ApplicationModuleListener
    void on(ContactInquiryStatusChanged changed) {
        dashboard.inquiryMoved(changed.inquiryId(), changed.status(), clock.instant());
    }

    private List<Booking> load(List<java.util.UUID> ids) {
        return ids.stream().map(bookings::findById).flatMap(java.util.Optional::stream).toList();
    }

    private ZoneId zone() {
        try {
            return pricing.zone(pricing.latest());
        } catch (RuntimeException pricesNotLoaded) {
            return ZoneId.of("America/Los_Angeles");
        }
    }

    /**
     * @param monthlyRevenue money received this month, less refunds of it
     */
    public record Stats(int todaysEvents, int pendingPayments, Money monthlyRevenue, int newContacts,
            List<Booking> recentBookings, List<Booking> upcomingEvents) {
    }
}
