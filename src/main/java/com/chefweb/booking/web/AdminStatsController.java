package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.booking.domain.AdminDashboard;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@Tag(name = "Admin console")
class AdminStatsController {

    private final AdminDashboard dashboard;

    AdminStatsController(AdminDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/admin/stats")
    @Access(Level.STAFF)
    @Operation(summary = "The dashboard: today's events, unpaid bookings, this month's revenue in dollars, new messages")
    Dashboard stats() {
        AdminDashboard.Stats stats = dashboard.stats();
        return new Dashboard(new Summary(stats.todaysEvents(), stats.pendingPayments(),
                stats.monthlyRevenue().toMajor(), stats.newContacts()),
                stats.recentBookings().stream().map(BookingRow::of).toList(),
                stats.upcomingEvents().stream().map(BookingRow::of).toList());
    }

    record Dashboard(Summary summary, List<BookingRow> recentBookings, List<BookingRow> upcomingEvents) {
    }

    /** @param monthlyRevenue this month's payments in dollars */
    record Summary(int todaysEvents, int pendingPayments, BigDecimal monthlyRevenue, int newContacts) {
    }
}
