package com.chefweb.booking.events;

import java.util.UUID;

/** A booking is confirmed: paid as required, or confirmed by staff. */
public record BookingConfirmed(UUID bookingId, String confirmationNumber) {
}
