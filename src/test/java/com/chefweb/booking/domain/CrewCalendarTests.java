package com.chefweb.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** How long a party keeps a crew, and which start times are offered when every crew is taken. */
class CrewCalendarTests {

    private static final ZoneId BAY_AREA = ZoneId.of("America/Los_Angeles");
    private static final LocalDate DAY = LocalDate.of(2027, 3, 12);

    /** One crew; a 2.5-hour party with an hour's setup before and an hour's cleanup and travel after. */
    private final CrewCalendar calendar = new CrewCalendar(new BookingSettings(1, Duration.ofMinutes(150),
            Duration.ofHours(1), Duration.ofHours(1), LocalTime.of(10, 0), LocalTime.of(21, 0), 3, 365, 100, 50, 50,
            "", new BookingPolicy("test", 7, 3, 50, 1, 3, 6)));

    @Test
    void aPartyKeepsTheCrewFromSetupUntilItHasCleanedUpAndTravelled() {
        var occupancy = calendar.occupancyOf(DAY.atTime(18, 0).atZone(BAY_AREA).toInstant());

        assertThat(occupancy.from()).isEqualTo(DAY.atTime(17, 0).atZone(BAY_AREA).toInstant());
        assertThat(occupancy.endsAt()).isEqualTo(DAY.atTime(20, 30).atZone(BAY_AREA).toInstant());
        assertThat(occupancy.until()).isEqualTo(DAY.atTime(21, 30).atZone(BAY_AREA).toInstant());
    }

    @Test
    void theNearestStartsThatLeaveTheCrewFreeAreOfferedNearestFirst() {
        var taken = occupied(DAY.atTime(18, 0));

        List<LocalDateTime> offered = calendar.nearestFreeStarts(DAY.atTime(18, 0), DAY.minusDays(1), DAY.plusDays(1),
                BAY_AREA, List.of(taken), 3);

        // 14:00 ends its cleanup at 17:30, after the taken party's setup at 17:00: not free; 13:00 is
        assertThat(offered).containsExactly(DAY.atTime(13, 0), DAY.atTime(12, 0), DAY.atTime(11, 0));
    }

    @Test
    void aFullDayOffersTheNearestTimesOfTheDaysAround() {
        var wholeDay = new BookingRepository.Occupied(UUID.randomUUID(), 1, DAY.atTime(8, 0).atZone(BAY_AREA)
                .toInstant(), DAY.plusDays(1).atStartOfDay(BAY_AREA).toInstant());

        List<LocalDateTime> offered = calendar.nearestFreeStarts(DAY.atTime(18, 0), DAY.minusDays(1), DAY.plusDays(1),
                BAY_AREA, List.of(wholeDay), 3);

        // the next morning (16 hours away) is nearer than the evening before (21:00, 21 hours away)
        assertThat(offered).containsExactly(DAY.plusDays(1).atTime(10, 0), DAY.plusDays(1).atTime(11, 0),
                DAY.plusDays(1).atTime(12, 0));
    }

    @Test
    void twoTimesAsNearAreOfferedEarlierFirst() {
        // the party at 15:00 keeps the crew 14:00-18:30, so the free starts are 10:00 and 20:00, five hours either side
        List<LocalDateTime> offered = calendar.nearestFreeStarts(DAY.atTime(15, 0), DAY, DAY, BAY_AREA,
                List.of(occupied(DAY.atTime(15, 0))), 3);

        assertThat(offered).containsExactly(DAY.atTime(10, 0), DAY.atTime(20, 0), DAY.atTime(21, 0));
    }

    @Test
    void withTwoCrewsOneTakenPartyLeavesItsOwnTimeFree() {
        CrewCalendar twoCrews = new CrewCalendar(new BookingSettings(2, Duration.ofMinutes(150), Duration.ofHours(1),
                Duration.ofHours(1), LocalTime.of(10, 0), LocalTime.of(21, 0), 3, 365, 100, 50, 50, "",
                new BookingPolicy("test", 7, 3, 50, 1, 3, 6)));

        List<LocalDateTime> offered = twoCrews.nearestFreeStarts(DAY.atTime(18, 0), DAY, DAY, BAY_AREA,
                List.of(occupied(DAY.atTime(17, 0))), 2);

        assertThat(offered).containsExactly(DAY.atTime(17, 0), DAY.atTime(19, 0));
    }

    private BookingRepository.Occupied occupied(LocalDateTime start) {
        var occupancy = calendar.occupancyOf(start.atZone(BAY_AREA).toInstant());
        return new BookingRepository.Occupied(UUID.randomUUID(), 1, occupancy.from(), occupancy.until());
    }
}
