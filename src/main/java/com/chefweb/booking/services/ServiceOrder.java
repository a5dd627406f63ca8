package com.chefweb.booking.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * A customer's order of a chef's offering for their household.
 *
 * @param orderId the parent Order being paid, null while a draft
 * @param serviceDate the local date where the chef serves, in {@code timeZone}; null while the customer has not chosen
 * @param startsAt the chef's time begins (with {@code endsAt}), null while undated
 * @param status {@code draft}, {@code awaiting_payment}, {@code confirmed}, {@code completed}, {@code cancelled} or
 *     {@code refunded}
 */
public record ServiceOrder(long id, @Nullable Long orderId, long offeringId, long tierId, UUID chefUserId,
        UUID customerUserId, int householdSize, @Nullable LocalDate serviceDate, @Nullable LocalTime serviceStartTime,
        ZoneId timeZone, @Nullable Instant startsAt, @Nullable Instant endsAt, int durationMinutes, String address,
        String specialRequests, String scheduleNotes, String deliveryMethod, String status, Money amount,
        boolean recurring, @Nullable String recurrenceInterval, @Nullable String cancellationReason,
        Instant createdAt, Instant updatedAt) {

    /** Has everything a chef needs to serve it: a date and a start. */
    public boolean complete() {
        return startsAt != null;
    }

    ServiceOrder with(String newStatus, @Nullable Long newOrderId) {
        return new ServiceOrder(id, newOrderId, offeringId, tierId, chefUserId, customerUserId, householdSize,
                serviceDate, serviceStartTime, timeZone, startsAt, endsAt, durationMinutes, address, specialRequests,
                scheduleNotes, deliveryMethod, newStatus, amount, recurring, recurrenceInterval, cancellationReason,
                createdAt, updatedAt);
    }
}
