package com.chefweb.booking.events;

import java.util.UUID;

/**
 * Booking placed the booking a {@link BookingRequested} asked for, or found the one the same key placed before. Its
 * {@link BookingPlaced} was published when it was placed.
 */
public record BookingRequestAccepted(UUID requestId, String requestKey, UUID bookingId, String confirmationNumber) {
}
