package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.shared.money.Money;

/** One charge for a booking, mirrored from Stripe. */
public record PaymentRecord(UUID id, UUID bookingId, String purpose, Money amount, String status,
        String paymentIntentId, Money refunded, boolean disputed, @Nullable String failureMessage, Instant createdAt,
        Instant updatedAt) {

    /** What it pays, as the events about it say; the column only ever holds one of the three. */
    PaymentPurpose paymentPurpose() {
        return PaymentPurpose.fromCode(purpose).orElseThrow(
                () -> new IllegalStateException("Payment " + id + " has an unknown purpose " + purpose));
    }
}
