package com.chefweb.payment.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.booking.events.BookingForm;
import com.chefweb.booking.events.BookingRequested;

/**
 * The storefront's checkout arrived with the whole booking form in its payment request. Payment asks booking to place
 * the booking (booking hears this as its own {@link BookingRequested}) and starts the card payment once booking has
 * answered and payment's copy of the booking exists.
 *
 * @param requestId this checkout request, which booking's answer names
 * @param requestKey the checkout's key: the client's idempotency key, or a digest of the form itself
 */
public record StorefrontCheckoutStarted(UUID requestId, String requestKey, BookingForm form, Instant requestedAt)
        implements BookingRequested {
}
