package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * Money went back to the customer.
 *
 * @param refundedTotal everything refunded of this payment so far
 * @param fullyRefunded whether the whole payment is now refunded
 */
public record RefundIssued(UUID paymentId, UUID bookingId, Money refundedTotal, boolean fullyRefunded) {
}
