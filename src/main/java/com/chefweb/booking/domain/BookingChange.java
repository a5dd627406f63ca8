package com.chefweb.booking.domain;

import org.jspecify.annotations.Nullable;

/** A customer's change to a booking, as the storefront's modify page sends it (every field, changed or not). */
public record BookingChange(@Nullable String email, @Nullable String eventDate, @Nullable String eventTime,
        @Nullable Integer adults, @Nullable Integer children, @Nullable String dietaryNotes,
        @Nullable String specialRequests) {
}
