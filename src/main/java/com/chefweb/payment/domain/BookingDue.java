package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/** What a booking owes, as booking last announced it. */
record BookingDue(UUID bookingId, String confirmationNumber, @Nullable String checkoutKey, String contactName,
        String contactEmail, Money total, Money deposit, @Nullable Instant balanceDueAt, Instant eventStart,
        String paymentOption, boolean cancelled, @Nullable String stripeCustomerId, @Nullable String timeZone) {
}
