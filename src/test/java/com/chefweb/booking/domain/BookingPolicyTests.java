package com.chefweb.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The storefront's policy (full refund more than 7 days ahead, half from 3 days, no online cancelling inside 1). */
class BookingPolicyTests {

    private final BookingPolicy storefront = new BookingPolicy("2026-11", 7, 3, 50, 1, 3, 6);

    @Test
    void aCancellationRefundsAllThenHalfThenNothingAsTheEventNears() {
        assertThat(storefront.refundPercent(30)).isEqualTo(100);
        assertThat(storefront.refundPercent(8)).as("more than 7 days").isEqualTo(100);
        assertThat(storefront.refundPercent(7)).as("7 days is no longer more than 7").isEqualTo(50);
        assertThat(storefront.refundPercent(3)).as("3 days still gets half").isEqualTo(50);
        assertThat(storefront.refundPercent(2)).isZero();
        assertThat(storefront.refundPercent(0)).isZero();
    }

    @Test
    void cancellingOnlineEndsADayAheadAndChangesThreeDaysAhead() {
        assertThat(storefront.allowsCancelling(1)).isTrue();
        assertThat(storefront.allowsCancelling(0)).as("the day of the event").isFalse();
        assertThat(storefront.allowsChanges(3)).isTrue();
        assertThat(storefront.allowsChanges(2)).isFalse();
    }
}
