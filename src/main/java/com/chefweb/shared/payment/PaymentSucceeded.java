package com.chefweb.shared.payment;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * Stripe confirmed a payment for a booking: a deposit, the full amount or the balance.
 *
 * @param purpose {@code deposit}, {@code full} or {@code balance}
 * @param paidInFull whether the booking's total is now covered
 */
public record PaymentSucceeded(UUID paymentId, UUID bookingId, String purpose, Money amount, boolean paidInFull,
        Instant paidAt) {
}
