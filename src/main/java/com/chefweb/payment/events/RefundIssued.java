package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.booking.events.BookingPaymentRefunded;
import com.chefweb.booking.events.PaymentPurpose;
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
public record RefundIssued(UUID paymentId, UUID bookingId, PaymentPurpose purpose, Money amount, Money refundedTotal,
        boolean fullyRefunded) implements BookingPaymentRefunded {
}
