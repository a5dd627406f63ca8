package com.chefweb.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * A booking occupies one crew from setup before the start until cleanup and travel after the end. The database's
 * exclusion constraint is what guarantees no crew is booked twice; this class works out the ranges, and which other
 * start times are still free when the one asked for is not.
 */
@Component
class Availability {

    private static final int SUGGESTIONS = 3;
    private static final int SEARCH_DAYS = 3;

    private final BookingRepository bookings;
    private final BookingSettings settings;
    private final CrewCalendar calendar;

    Availability(BookingRepository bookings, BookingSettings settings) {
        this.bookings = bookings;
        this.settings = settings;
        this.calendar = new CrewCalendar(settings);
    }

    Occupancy occupancyOf(Instant startsAt) {
        return calendar.occupancyOf(startsAt);
    }

    /**
     * The crews free for the whole occupancy as of now, the booking's own time aside, in order. Another request may
     * take one before this one commits; the exclusion constraint settles that.
     */
    List<Integer> freeCrews(Occupancy occupancy, UUID except) {
        java.util.Set<Integer> busy = new java.util.HashSet<>(bookings.busyCrews(occupancy.from(), occupancy.until(), except));
        return java.util.stream.IntStream.rangeClosed(1, settings.crews()).filter(crew -> !busy.contains(crew))
                .boxed().toList();
    }

    /** A crew free for the whole occupancy, the booking's own time aside; empty when all are taken. */
    java.util.Optional<Integer> freeCrew(Occupancy occupancy, UUID except) {
        return freeCrews(occupancy, except).stream().findFirst();
    }

    /** Up to three start times nearest the one asked for, on whole hours within bookable days, with a crew free. */
    List<LocalDateTime> nearestFreeStarts(LocalDate date, LocalTime time, ZoneId zone, LocalDate earliestDate,
            UUID except) {
        LocalDate first = date.minusDays(SEARCH_DAYS).isBefore(earliestDate) ? earliestDate : date.minusDays(SEARCH_DAYS);
        LocalDate last = date.plusDays(SEARCH_DAYS);
        Instant windowFrom = first.atTime(settings.earliestStart()).atZone(zone).toInstant().minus(settings.setupBefore());
        Instant windowUntil = last.atTime(settings.latestStart()).atZone(zone).toInstant()
                .plus(settings.eventDuration()).plus(settings.travelAfter());
        List<BookingRepository.Occupied> taken = bookings.occupiedBetween(windowFrom, windowUntil).stream()
                .filter(occupied -> !occupied.bookingId().equals(except))
                .toList();
        return calendar.nearestFreeStarts(date.atTime(time), first, last, zone, taken, SUGGESTIONS);
    }

    /**
     * @param from when the crew is first busy (setup)
     * @param until when the crew is free again (after cleanup and travel)
     */
    record Occupancy(Instant startsAt, Instant endsAt, Instant from, Instant until) {
    }
}
