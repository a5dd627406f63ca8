package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Another module asks booking to place a booking, as the storefront's checkout does: its booking form arrives with
 * the payment request. Booking owns this interface and listens to it; the asking module's event implements it, so
 * the asker depends on booking and not the other way round. Booking answers each request once, with
 * {@link BookingRequestAccepted} (a repeated form gets the booking placed the first time) or
 * {@link BookingRequestRefused}.
 */
public interface BookingRequested {

    /** This request, to answer it: unique per request, however often the same form is sent. */
    UUID requestId();

    /** The booking's idempotency key: the same key always means the same booking. */
    String requestKey();

    BookingForm form();

    /** When the customer asked; a request delivered long after that is refused rather than placed. */
    Instant requestedAt();
}
