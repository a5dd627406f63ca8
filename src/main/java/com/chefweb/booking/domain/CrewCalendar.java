package com.chefweb.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The crews' time as pure rules over the booking settings: how long a booking keeps a crew busy, and which start
 * times still leave a crew free given the times already taken. The database decides who gets a crew; this only
 * works out ranges and suggestions.
 */
record CrewCalendar(BookingSettings settings) {

    /** From setup before the start until cleanup and travel after the end. */
    Availability.Occupancy occupancyOf(Instant startsAt) {
        Instant endsAt = startsAt.plus(settings.eventDuration());
        return new Availability.Occupancy(startsAt, endsAt, startsAt.minus(settings.setupBefore()),
                endsAt.plus(settings.travelAfter()));
    }

    /**
     * The whole-hour start times between {@code first} and {@code last} (the wanted one aside) that leave a crew free,
     * nearest the wanted time first, earlier first when two are as near.
     */
    List<LocalDateTime> nearestFreeStarts(LocalDateTime wanted, LocalDate first, LocalDate last, ZoneId zone,
            List<BookingRepository.Occupied> taken, int limit) {
        List<LocalDateTime> free = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (LocalTime start = settings.earliestStart().withMinute(0); !start.isAfter(settings.latestStart());
                    start = start.plusHours(1)) {
                LocalDateTime candidate = day.atTime(start);
                if (candidate.equals(wanted) || start.isBefore(settings.earliestStart())) {
                    continue;
                }
                Availability.Occupancy occupancy = occupancyOf(candidate.atZone(zone).toInstant());
                long busy = taken.stream().filter(o -> o.from().isBefore(occupancy.until())
                        && o.until().isAfter(occupancy.from())).map(BookingRepository.Occupied::crew).distinct().count();
                if (busy < settings.crews()) {
                    free.add(candidate);
                }
            }
        }
        free.sort(Comparator.comparing((LocalDateTime t) -> Duration.between(wanted, t).abs()).thenComparing(t -> t));
        return free.stream().limit(limit).toList();
    }
}
