package com.chefweb.booking.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps bookings moving, on one instance at a time: completes them after their event, and releases card checkouts
 * that were never paid.
 */
@Component
class BookingCompletionJob {

    private final BookingAdministration administration;
    private final java.time.Duration checkoutHold;

    BookingCompletionJob(BookingAdministration administration,
            @org.springframework.beans.factory.annotation.Value("${chefweb.booking.unpaid-checkout-hold}")
            java.time.Duration checkoutHold) {
        this.administration = administration;
        this.checkoutHold = checkoutHold;
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.complete-every:PT15M}", initialDelayString = "PT3M")
    @SchedulerLock(name = "release-abandoned-checkouts")
    void releaseAbandonedCheckouts() {
        administration.releaseAbandonedCheckouts(checkoutHold);
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.complete-every:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "complete-finished-bookings")
    void completeFinishedEvents() {
        administration.completeFinishedEvents();
    }
}
