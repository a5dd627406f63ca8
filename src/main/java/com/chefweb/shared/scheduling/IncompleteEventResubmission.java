package com.chefweb.shared.scheduling;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries module listeners whose event is still incomplete after a while (the listener failed, or the instance died
 * while running it), so a side effect of a committed change is never lost.
 */
@Component
class IncompleteEventResubmission {

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    IncompleteEventResubmission(IncompleteEventPublications incomplete,
            @Value("${chefweb.events.resubmit-after}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(fixedDelayString = "${chefweb.events.resubmit-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "resubmit-incomplete-events")
    void resubmit() {
        log.debug("Resubmitting event publications incomplete for more than {}", resubmitAfter);
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
