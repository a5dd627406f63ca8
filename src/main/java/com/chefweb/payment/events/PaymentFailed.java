package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.booking.events.BookingPaymentFailed;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.shared.money.Money;

/** A payment attempt for a booking failed; the customer may try again. */
public record PaymentFailed(UUID paymentId, UUID bookingId, PaymentPurpose purpose, Money amount, String reason)
        implements BookingPaymentFailed {
}
