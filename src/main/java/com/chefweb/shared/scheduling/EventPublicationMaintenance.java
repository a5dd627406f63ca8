package com.chefweb.shared.scheduling;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry healthy: retries module listeners whose event is still incomplete after a
 * while (the listener failed, or the instance died while running it), so a side effect of a committed change is never
 * lost; and forgets completed publications once they are old, so the registry does not grow without end.
 */
@Component
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            @Value("${chefweb.events.resubmit-after}") Duration resubmitAfter,
            @Value("${chefweb.events.keep-completed}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.resubmitAfter = resubmitAfter;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(fixedDelayString = "${chefweb.events.resubmit-every}", initialDelayString = "${chefweb.events.resubmit-every}")
    @SchedulerLock(name = "resubmit-incomplete-events")
    void resubmitIncomplete() {
        log.debug("Resubmitting event publications incomplete for more than {}", resubmitAfter);
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }

    @Scheduled(cron = "${chefweb.events.purge-cron}")
    @SchedulerLock(name = "purge-completed-events")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.info("Purged completed event publications older than {}", keepCompleted);
    }
}
