package com.chefweb.booking.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.chefweb.booking.events.BookingRequestRefused.FreeStart;
import com.chefweb.shared.refusal.Refusal;

/** Every crew is taken at the time asked for; the customer is offered the nearest start times still free. */
public final class AllCrewsBusy extends Refusal.Conflict {

    private final List<FreeStart> nearestFreeStarts;

    AllCrewsBusy(List<LocalDateTime> nearestFreeStarts) {
        super("All our chefs are booked at that time. Please choose another time.");
        this.nearestFreeStarts = nearestFreeStarts.stream()
                .map(start -> new FreeStart(start.toLocalDate().toString(), start.toLocalTime().toString()))
                .toList();
        with("nearestFreeStarts", this.nearestFreeStarts.stream()
                .map(start -> Map.of("eventDate", start.eventDate(), "eventTime", start.eventTime())).toList());
    }

    public List<FreeStart> nearestFreeStarts() {
        return nearestFreeStarts;
    }
}
