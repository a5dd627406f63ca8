package com.chefweb.booking.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Where a booking stands. It is confirmed when payment says so (or staff confirm it), completed after the event,
 * and cancelled at the customer's or staff's request.
 */
public enum BookingStatus {
    PENDING_PAYMENT, CONFIRMED, COMPLETED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BookingStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The status a client's filter names, if it names one. */
    public static java.util.Optional<BookingStatus> known(String code) {
        return java.util.Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    /** The moves staff may make by hand. */
    public boolean mayBecome(BookingStatus next) {
        Set<BookingStatus> allowed = switch (this) {
            case PENDING_PAYMENT -> Set.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
        return allowed.contains(next);
    }

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
