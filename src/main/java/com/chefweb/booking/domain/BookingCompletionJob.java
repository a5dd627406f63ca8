package com.chefweb.booking.domain;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks bookings completed after their event, on one instance at a time. */
@Component
class BookingCompletionJob {

    private final BookingAdministration administration;

    BookingCompletionJob(BookingAdministration administration) {
        this.administration = administration;
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.complete-every:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "complete-finished-bookings")
    void completeFinishedEvents() {
        administration.completeFinishedEvents();
    }
}
