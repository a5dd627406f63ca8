package com.chefweb.notify.messages;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/** What notifications know about a booking, as booking last announced it. */
record BookingFacts(UUID bookingId, String confirmationNumber, String contactName, String contactEmail,
        Instant eventStart, String timeZone, int guests, String packageId, Money total, Money deposit,
        @Nullable Instant balanceDueAt, @Nullable String allergies, boolean cancelled) {
}
