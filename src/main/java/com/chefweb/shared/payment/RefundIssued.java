package com.chefweb.shared.payment;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * Money went back to the customer. Carries the payment itself too, since a refund can be reported before the
 * payment's own success.
 *
 * @param purpose what the refunded payment was for
 * @param amount what the refunded payment was
 * @param refundedTotal everything refunded of this payment so far
 * @param fullyRefunded whether the whole payment is now refunded
 */
public record RefundIssued(UUID paymentId, UUID bookingId, String purpose, Money amount, Money refundedTotal,
        boolean fullyRefunded) {
}
