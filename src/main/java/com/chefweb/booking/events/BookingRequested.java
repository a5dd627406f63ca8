package com.chefweb.booking.events;

/**
 * Another module asks booking to place a booking, as the storefront's checkout does: its booking form arrives with
 * the payment request. Booking owns this interface and listens to it; the asking module's event implements it, so
 * the asker depends on booking and not the other way round. Booking answers each request once, with
 * {@link BookingPlaced} (its idempotency key is the request key; a repeated request places nothing new) or
 * {@link BookingRequestRefused}.
 */
public interface BookingRequested {

    /** Unique per booking form: the same key always means the same booking. */
    String requestKey();

    BookingForm form();
}
