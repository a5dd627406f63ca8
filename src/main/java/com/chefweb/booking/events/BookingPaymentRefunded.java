package com.chefweb.booking.events;

import com.chefweb.shared.money.Money;

/**
 * Money of a payment for a booking went back. Carries the payment itself too, since a refund can be reported before
 * the payment's own success. Implemented by the payment module's event.
 */
public interface BookingPaymentRefunded extends BookingPaymentEvent {

    /** Everything refunded of this payment so far. */
    Money refundedTotal();

    boolean fullyRefunded();
}
