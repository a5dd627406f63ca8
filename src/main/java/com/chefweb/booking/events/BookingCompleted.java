package com.chefweb.booking.events;

import java.util.UUID;

/** The event took place. */
public record BookingCompleted(UUID bookingId, String confirmationNumber) {
}
