package com.chefweb.booking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.time.Instant;

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
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.domain.BookingAdministration;
import com.chefweb.booking.domain.BookingSearch;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.booking.domain.ReceivedPayment;

/** The storefront admin console's booking pages: snake_case rows, {@code fulfilled} for completed. */
@RestController
@RequestMapping("/api/admin/bookings")
@Access(Level.STAFF)
@Tag(name = "Admin console")
class AdminBookingController {

    private static final List<String> STATUSES = List.of("pending_payment", "confirmed", "fulfilled", "cancelled");

    private final BookingAdministration administration;

    AdminBookingController(BookingAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Bookings, newest first: filter by status, paymentStatus, search, dateFrom, dateTo")
    Bookings list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String paymentStatus,
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable LocalDate dateFrom,
            @RequestParam(required = false) @Nullable LocalDate dateTo,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        BookingSearch query = new BookingSearch(status == null || status.isBlank() ? null : BookingStaffController.code(status),
                paymentStatus == null || paymentStatus.isBlank() ? null : paymentStatus, dateFrom, dateTo, search,
                BookingSearch.Sort.CREATED_NEWEST, limit, offset);
        return new Bookings(administration.search(query).stream().map(BookingRow::of).toList(),
                administration.count(query), limit, offset);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One booking with its payments (amounts in cents, as the console divides them)")
    BookingWithPayments get(@PathVariable UUID id) {
        var booking = administration.find(id).orElseThrow(() -> ApiProblem.notFound("Booking not found"));
        return new BookingWithPayments(BookingRow.of(booking),
                administration.payments(id).stream().map(PaymentLine::of).toList());
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a booking's status; payment status follows payments and is not set by hand")
    BookingRow update(@PathVariable UUID id, @RequestBody AdminChange change) {
        if (change.paymentStatus() != null) {
            throw ApiProblem.badRequest("Payment status follows the payments received; record or refund a payment instead")
                    .with("validPaymentStatuses", List.of());
        }
        if (change.status() == null || !STATUSES.contains(change.status())) {
            throw ApiProblem.badRequest("Invalid status").with("validStatuses", STATUSES);
        }
        return BookingRow.of(administration.changeStatus(id, BookingRow.statusFromStorefront(change.status())));
    }

    record Bookings(List<BookingRow> bookings, int total, int limit, int offset) {
    }

    record BookingWithPayments(BookingRow booking, List<PaymentLine> payments) {
    }

    /**
     * A payment of the booking as booking knows it; amounts in cents.
     *
     * @param createdAt when it was paid, or last changed if it never was
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PaymentLine(UUID paymentId, Instant createdAt, String paymentType, long amount, long refundedAmount,
            String status) {

        static PaymentLine of(ReceivedPayment payment) {
            return new PaymentLine(payment.paymentId(), payment.paidAt() != null ? payment.paidAt() : payment.updatedAt(),
                    payment.purpose(), payment.amount().minorUnits(), payment.refunded().minorUnits(),
                    payment.status().code());
        }
    }

    record AdminChange(@Nullable String status, @Nullable String paymentStatus) {
    }
}
