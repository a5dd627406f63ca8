package com.chefweb.booking.events;

/** A payment attempt for a booking failed; the customer may try again. Implemented by the payment module's event. */
public interface BookingPaymentFailed extends BookingPaymentEvent {
}
