package com.chefweb.booking.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/** A payment for a booking as booking knows it from payment's events. */
public record ReceivedPayment(UUID paymentId, String purpose, Money amount, Money refunded, ReceivedPaymentStatus status,
        @Nullable Instant paidAt, Instant updatedAt) {

    /** What this payment still contributes to the booking: paid and not refunded. */
    Money kept() {
        return status == ReceivedPaymentStatus.FAILED ? Money.zero(amount.currency()) : amount.minus(refunded);
    }
}
