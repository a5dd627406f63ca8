package com.chefweb.booking.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Filters and paging for staff's booking lists; a null filter matches everything.
 *
 * @param text matched, ignoring case, within the confirmation number, contact name or email
 */
public record BookingSearch(@Nullable String status, @Nullable String paymentStatus, @Nullable LocalDate eventFrom,
        @Nullable LocalDate eventTo, @Nullable String text, Sort sort, int limit, int offset) {

    public enum Sort {
        CREATED_NEWEST, CREATED_OLDEST, EVENT_SOONEST, EVENT_LATEST
    }
}
