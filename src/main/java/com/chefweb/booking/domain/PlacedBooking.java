package com.chefweb.booking.domain;

/**
 * A booking as placed, with the proof its customer uses to see it without an account.
 *
 * @param replayed true when an idempotency key returned a booking made earlier
 */
public record PlacedBooking(Booking booking, String accessToken, boolean replayed) {
}
