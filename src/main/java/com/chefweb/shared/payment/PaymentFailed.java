package com.chefweb.shared.payment;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/** A payment attempt for a booking failed; the customer may try again. */
public record PaymentFailed(UUID paymentId, UUID bookingId, String purpose, Money amount, String reason) {
}
