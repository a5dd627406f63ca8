package com.chefweb.identity.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event registry keeps each delivered event for a while (chefweb.events.keep-completed), and events about a
 * booking or an account name the person. Once every module has erased a person, the delivered events that name
 * them are deleted too, and then identity forgets the address it was asked to erase. Events still being delivered
 * are left to finish; they are purged with the rest when they are old.
 */
@Component
class ErasedFromRegistry {

    private static final Logger log = LoggerFactory.getLogger(ErasedFromRegistry.class);

    private final PrivacyRepository repository;
    private final CompletedEventPublications completed;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration forgetAfter;
    private final Duration keepExports;

    ErasedFromRegistry(PrivacyRepository repository, CompletedEventPublications completed, JsonMapper json,
            TransactionTemplate transactions, Clock clock,
            @Value("${chefweb.privacy.forget-after:PT1M}") Duration forgetAfter,
            @Value("${chefweb.privacy.keep-exports:P7D}") Duration keepExports) {
        this.repository = repository;
        this.completed = completed;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
        this.forgetAfter = forgetAfter;
        this.keepExports = keepExports;
    }

    @Scheduled(fixedDelayString = "${chefweb.privacy.forget-every:PT1M}",
            initialDelayString = "${chefweb.privacy.forget-every:PT1M}")
    @SchedulerLock(name = "forget-erased-people")
    void forget() {
        Instant now = clock.instant();
        for (PrivacyRepository.ToForget erasure : repository.erasuresToForget(now.minus(forgetAfter))) {
            completed.deletePublications(publication -> names(publication, erasure));
            transactions.executeWithoutResult(status -> repository.forget(erasure.requestId(), now));
            log.info("Erasure {}: delivered events naming the person deleted, their address forgotten",
                    erasure.requestId());
        }
        int expired = transactions.execute(status -> repository.deleteExportsBefore(now.minus(keepExports)));
        if (expired > 0) {
            log.info("Deleted {} data exports older than {}", expired, keepExports);
        }
    }

    /** Events about the person carry their address (storefront bookings) or their account's id (everything else). */
    private boolean names(EventPublication publication, PrivacyRepository.ToForget erasure) {
        String event = json.writeValueAsString(publication.getEvent()).toLowerCase(Locale.ROOT);
        return event.contains(erasure.email())
                || erasure.userId() != null && event.contains(erasure.userId().toString());
    }
}
