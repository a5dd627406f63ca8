package com.chefweb.booking.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * What booking needs to hear of a payment for one of its bookings. Booking owns these small interfaces and listens to
 * them; the payment module's events implement them. So payment depends on booking and never the other way round,
 * and the module graph stays acyclic and visible.
 */
public interface BookingPaymentEvent {

    UUID paymentId();

    UUID bookingId();

    PaymentPurpose purpose();

    /** What the payment was for. */
    Money amount();
}
