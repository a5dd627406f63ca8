package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/** The customer's bank disputed a payment; admins must respond in Stripe. */
public record DisputeOpened(UUID paymentId, UUID bookingId, Money amount, String reason) {
}
