package com.chefweb.payment.events;

import com.chefweb.booking.events.BookingForm;
import com.chefweb.booking.events.BookingRequested;

/**
 * The storefront's checkout arrived with the whole booking form in its payment request. Payment asks booking to place
 * the booking (booking hears this as its own {@link BookingRequested}) and starts the card payment once payment's copy
 * of the placed booking exists.
 *
 * @param requestKey the checkout's key: the client's idempotency key, or a digest of the form itself
 */
public record StorefrontCheckoutStarted(String requestKey, BookingForm form) implements BookingRequested {
}
