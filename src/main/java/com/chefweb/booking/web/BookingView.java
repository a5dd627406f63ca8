package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

/**
 * A booking in the PRD's camelCase {@code /api} dialect: the same fields as {@link BookingRow}, named as the PRD's
 * clients read them.
 */
record BookingView(
        UUID id, String confirmationNumber, String status, String paymentStatus, String eventDate, String eventTime,
        String timeZone, Instant eventStartsAt, String city, String serviceState, @Nullable String zipCode,
        @Nullable String venueType, @Nullable String venueAddress, List<String> setupRequirements,
        @Nullable String partyType, @JsonProperty("package") String packageId, int numAdults, int numChildren,
        List<AddOnChoice> addons, BigDecimal baseAmount, BigDecimal addonsTotal, BigDecimal minimumSpendAdjustment,
        BigDecimal subtotal, BigDecimal travelFee, String travelFeeStatus, BigDecimal tax, BigDecimal total,
        String currency, BigDecimal depositAmount, BigDecimal balanceDue, @Nullable Instant balanceDueAt,
        BigDecimal amountPaid, @Nullable BigDecimal refundAmount, @Nullable String dietaryNotes,
        boolean hasAllergies, @Nullable String allergies, boolean allergyAlert, String priority,
        @Nullable String specialRequests, String contactName, String contactEmail, String contactPhone,
        String paymentOption, long priceBookVersion, String policyVersion, @Nullable Instant cancelledAt,
        @Nullable String cancellationReason, Instant createdAt, Instant updatedAt) {

    static BookingView of(BookingRow row) {
        return new BookingView(
                row.id(), row.confirmationNumber(), row.status(), row.paymentStatus(),
                row.eventDate(), row.eventTime(), row.timeZone(), row.eventStartsAt(), row.city(),
                row.serviceState(), row.zipCode(), row.venueType(), row.venueAddress(),
                row.setupRequirements(), row.partyType(), row.packageId(), row.numAdults(),
                row.numChildren(), row.addons(), row.baseAmount(), row.addonsTotal(),
                row.minimumSpendAdjustment(), row.subtotal(), row.travelFee(),
                row.travelFeeStatus(), row.tax(), row.total(), row.currency(), row.depositAmount(),
                row.balanceDue(), row.balanceDueAt(), row.amountPaid(), row.refundAmount(),
                row.dietaryNotes(), row.hasAllergies(), row.allergies(), row.allergyAlert(),
                row.priority(), row.specialRequests(), row.contactName(), row.contactEmail(),
                row.contactPhone(), row.paymentOption(), row.priceBookVersion(),
                row.policyVersion(), row.cancelledAt(), row.cancellationReason(), row.createdAt(),
                row.updatedAt());
    }
}
