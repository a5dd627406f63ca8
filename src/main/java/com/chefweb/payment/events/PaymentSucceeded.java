package com.chefweb.payment.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.booking.events.BookingPaymentSucceeded;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.shared.money.Money;

/**
 * Stripe confirmed a payment for a booking: a deposit, the full amount or the balance.
 *
 * @param paidInFull whether the booking's total is now covered
 */
public record PaymentSucceeded(UUID paymentId, UUID bookingId, PaymentPurpose purpose, Money amount,
        boolean paidInFull, Instant paidAt) implements BookingPaymentSucceeded {
}
