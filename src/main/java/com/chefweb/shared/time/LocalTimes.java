package com.chefweb.shared.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/** Local dates and times where something happens, in that place's time zone. */
public final class LocalTimes {

    private LocalTimes() {
    }

    /**
     * The instant of a local date and time in a zone, or empty when the clocks skip it (the spring-forward hour):
     * shifting it silently would store one time and serve another.
     */
    public static Optional<Instant> instantOf(LocalDateTime local, ZoneId zone) {
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(local.atZone(zone).toInstant());
    }
}
