package com.chefweb.booking.events;

import java.util.List;
import java.util.UUID;

import com.chefweb.shared.refusal.FieldProblem;

/**
 * Booking refused a {@link BookingRequested}: nothing was stored. Carries what the customer needs to correct it, in
 * the words booking's own endpoint would have used.
 *
 * @param fieldErrors for {@link Reason#INVALID}: one entry per field
 * @param nearestFreeStarts for a slot with every crew taken: the nearest start times still free
 */
public record BookingRequestRefused(UUID requestId, String requestKey, Reason reason, String message, List<FieldProblem> fieldErrors,
        List<FreeStart> nearestFreeStarts) {

    public BookingRequestRefused {
        fieldErrors = List.copyOf(fieldErrors);
        nearestFreeStarts = List.copyOf(nearestFreeStarts);
    }

    public enum Reason {
        /** The form is wrong; see the field errors. */
        INVALID,
        /** A rule says no. */
        REJECTED,
        /** The slot is taken, or the key belongs to another booking. */
        CONFLICT,
        /** Booking cannot take this booking right now (prices not loaded, the request came too late, a fault). */
        UNAVAILABLE
    }

    /** A start time at the venue with a crew free. */
    public record FreeStart(String eventDate, String eventTime) {
    }
}
