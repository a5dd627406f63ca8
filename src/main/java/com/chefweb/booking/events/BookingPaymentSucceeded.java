package com.chefweb.booking.events;

import java.time.Instant;

/** The money of a payment for a booking arrived. Implemented by the payment module's event. */
public interface BookingPaymentSucceeded extends BookingPaymentEvent {

    Instant paidAt();
}
