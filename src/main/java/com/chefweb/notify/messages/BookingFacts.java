package com.chefweb.notify.messages;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * What notifications know about a booking, as booking last announced it.
 *
 * @param smsPhone the number to text about it (E.164); null unless the customer agreed to texts
 * @param paymentOption how the customer chose to pay ({@code deposit}, {@code full}, {@code later}); null for
 *     bookings announced before notifications kept it
 */
record BookingFacts(UUID bookingId, String confirmationNumber, String contactName, String contactEmail,
        Instant eventStart, String timeZone, int guests, String packageId, Money total, Money deposit,
        @Nullable Instant balanceDueAt, @Nullable String allergies, boolean cancelled, @Nullable String smsPhone,
        @Nullable String paymentOption) {
}
