package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * A customer or staff changed a booking's date, time or party; the total and when the balance falls due may have
 * changed with it.
 *
 * @param changedAt when booking made the change: copies apply a change only if it is newer than what they hold,
 *     since deliveries may arrive in any order
 */
public record BookingModified(UUID bookingId, String confirmationNumber, Instant eventStart, String timeZone,
        int guests, Money total, Money depositDue, @Nullable Instant balanceDueAt, Instant changedAt) {
}
