package com.chefweb.booking.web;

import java.time.LocalDate;
import java.util.UUID;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.booking.domain.BookingAdministration;
import com.chefweb.booking.domain.BookingSearch;
import com.chefweb.booking.domain.BookingStatus;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;

/** The PRD's staff endpoints for bookings, in the {@code /api} camelCase dialect. */
@RestController
@RequestMapping("/api/bookings")
@Access(Level.STAFF)
@Tag(name = "Bookings (staff)")
class BookingStaffController {

    private final BookingAdministration administration;

    BookingStaffController(BookingAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Bookings by status, payment status, event dates or text (confirmation, name, email); paged and sorted")
    StaffBookings list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String paymentStatus,
            @RequestParam(required = false) @Nullable LocalDate eventFrom,
            @RequestParam(required = false) @Nullable LocalDate eventTo,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "created_desc") String sort,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        BookingSearch search = new BookingSearch(status == null ? null : code(status), paymentStatus, eventFrom,
                eventTo, q, sortOf(sort), limit, offset);
        return new StaffBookings(administration.search(search).stream()
                .map(booking -> BookingView.of(BookingRow.of(booking))).toList(),
                administration.count(search), limit, offset);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Move a booking to another status: confirmed, completed or cancelled, as its status allows")
    BookingView update(@PathVariable UUID id, @RequestBody StatusChange change) {
        if (change.status() == null) {
            throw ApiProblem.invalid("status", "Give the new status");
        }
        return BookingView.of(BookingRow.of(
                administration.changeStatus(id, BookingStatus.fromCode(code(change.status())))));
    }

    static String code(String status) {
        try {
            return BookingRow.statusFromStorefront(status.strip().toLowerCase(java.util.Locale.ROOT)).code();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("status", "Use pending_payment, confirmed, completed or cancelled");
        }
    }

    private static BookingSearch.Sort sortOf(String sort) {
        return switch (sort) {
            case "created_desc" -> BookingSearch.Sort.CREATED_NEWEST;
            case "created_asc" -> BookingSearch.Sort.CREATED_OLDEST;
            case "event_asc" -> BookingSearch.Sort.EVENT_SOONEST;
            case "event_desc" -> BookingSearch.Sort.EVENT_LATEST;
            default -> throw ApiProblem.invalid("sort", "Use created_desc, created_asc, event_asc or event_desc");
        };
    }

    record StatusChange(@Nullable String status) {
    }

    record StaffBookings(List<BookingView> bookings, int total, int limit, int offset) {
    }
}
