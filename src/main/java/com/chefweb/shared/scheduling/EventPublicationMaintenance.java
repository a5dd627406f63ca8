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
import org.springframework.modulith.events.EventPublication;

/**
 * Keeps the event publication registry healthy: retries module listeners whose event is still incomplete after a
 * while (the listener failed, or the instance died while running it), so a side effect of a committed change is never
 * lost; and forgets completed publications once they are old, so the registry does not grow without end. A delivery
 * that has failed {@code chefweb.events.max-attempts} times is not tried again by itself: it stays in the registry,
 * logged once as an error, for someone to look at.
 */
@Component
class EventPublicationMaintenance {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;
    private final int maxAttempts;
    /** The registry dates publications with the application's clock, so age is measured with it too. */
    private final java.time.Clock clock;
    private final java.util.Set<java.util.UUID> givenUp = java.util.concurrent.ConcurrentHashMap.newKeySet();

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            @Value("${chefweb.events.resubmit-after}") Duration resubmitAfter,
            @Value("${chefweb.events.keep-completed}") Duration keepCompleted,
            @Value("${chefweb.events.max-attempts:20}") int maxAttempts, java.time.Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.resubmitAfter = resubmitAfter;
        this.keepCompleted = keepCompleted;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.events.resubmit-every}", initialDelayString = "${chefweb.events.resubmit-every}")
    @SchedulerLock(name = "resubmit-incomplete-events")
    void resubmitIncomplete() {
        log.debug("Resubmitting event publications incomplete for more than {}", resubmitAfter);
        java.time.Instant before = clock.instant().minus(resubmitAfter);
        incomplete.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before)
                && withinAttempts(publication));
    }

    private boolean withinAttempts(EventPublication publication) {
        if (publication.getCompletionAttempts() < maxAttempts) {
            return true;
        }
        if (givenUp.add(publication.getIdentifier())) {
            log.error("Event {} ({}) failed {} times and is no longer retried by itself; it stays in "
                    + "event_publication.event_publication", publication.getIdentifier(),
                    publication.getEvent().getClass().getSimpleName(), publication.getCompletionAttempts());
        }
        return false;
    }

    @Scheduled(cron = "${chefweb.events.purge-cron}")
    @SchedulerLock(name = "purge-completed-events")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
        log.info("Purged completed event publications older than {}", keepCompleted);
    }
}
