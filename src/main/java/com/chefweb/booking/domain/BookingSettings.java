package com.chefweb.booking.domain;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the house business takes bookings ({@code chefweb.booking}): crews, how long an event occupies a crew, which
 * start times and dates are bookable, party sizes, and the policy new bookings are made under.
 *
 * @param crews how many parties the house business can serve at the same time
 * @param eventDuration how long the event itself lasts
 * @param setupBefore the crew's arrival and setup before the start
 * @param travelAfter cleanup and travel after the end, before the crew's next event
 * @param largeEventGuests from this many guests a party is planned with the business directly
 * @param accessTokenSecret signs the per-booking access tokens (base64, 32+ bytes); blank: random per start
 */
@ConfigurationProperties("chefweb.booking")
public record BookingSettings(int crews, Duration eventDuration, Duration setupBefore, Duration travelAfter,
        LocalTime earliestStart, LocalTime latestStart, int minDaysAhead, int maxDaysAhead, int maxAdults,
        int maxChildren, int largeEventGuests, String accessTokenSecret, BookingPolicy policy) {

    public BookingSettings {
        if (crews < 1) {
            throw new IllegalArgumentException("chefweb.booking.crews must be at least 1");
        }
        if (earliestStart == null || latestStart == null || !earliestStart.isBefore(latestStart)
                || latestStart.isAfter(LocalTime.of(22, 0))) {
            throw new IllegalArgumentException("chefweb.booking start times must satisfy earliest < latest <= 22:00");
        }
        accessTokenSecret = accessTokenSecret == null ? "" : accessTokenSecret.strip();
    }
}
