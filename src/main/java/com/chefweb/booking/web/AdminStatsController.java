package com.chefweb.booking.web;

import java.util.LinkedHashMap;
import java.util.Map;

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
    Map<String, Object> stats() {
        AdminDashboard.Stats stats = dashboard.stats();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("todaysEvents", stats.todaysEvents());
        summary.put("pendingPayments", stats.pendingPayments());
        summary.put("monthlyRevenue", stats.monthlyRevenue().toMajor());
        summary.put("newContacts", stats.newContacts());
        return Map.of("summary", summary,
                "recentBookings", stats.recentBookings().stream().map(BookingRows::row).toList(),
                "upcomingEvents", stats.upcomingEvents().stream().map(BookingRows::row).toList());
    }
}
