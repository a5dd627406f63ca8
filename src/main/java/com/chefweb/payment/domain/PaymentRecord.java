package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/** One charge for a booking, mirrored from Stripe. */
public record PaymentRecord(UUID id, UUID bookingId, String purpose, Money amount, String status,
        String paymentIntentId, Money refunded, boolean disputed, @Nullable String failureMessage, Instant createdAt,
        Instant updatedAt) {
}
