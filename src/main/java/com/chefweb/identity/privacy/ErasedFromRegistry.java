package com.chefweb.identity.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * What the event registry keeps about an erased person. The registry holds each delivered event for a while
 * (chefweb.events.keep-completed), and events about a booking or an account name the person; a delivery still in
 * flight when the person was erased (or retried later) could bring back what its module had erased. So once every
 * module has erased the person, this waits until no delivery naming them is in flight, has every module erase them
 * once more, and when that second pass is delivered too, deletes the delivered events that name them and forgets
 * the address it was asked to erase. It also deletes data exports, and the events that carried them, once their
 * time to be downloaded is over.
 *
 * <p>The registry's table is Spring Modulith's, not a module's; this reads and deletes rows of it by what they
 * name, as the framework's own API would only by loading every event into memory.
 */
@Component
class ErasedFromRegistry {

    private static final Logger log = LoggerFactory.getLogger(ErasedFromRegistry.class);

    private final PrivacyRepository repository;
    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration forgetAfter;
    private final Duration keepExports;
    private final Table<?> registry;
    private final Field<String> serialized = DSL.field(DSL.name("serialized_event"), String.class);
    private final Field<Object> completed = DSL.field(DSL.name("completion_date"));

    ErasedFromRegistry(PrivacyRepository repository, DSLContext db, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock,
            @Value("${chefweb.privacy.forget-after:PT1M}") Duration forgetAfter,
            @Value("${chefweb.privacy.keep-exports:P7D}") Duration keepExports,
            @Value("${spring.modulith.events.jdbc.schema:event_publication}") String registrySchema) {
        this.repository = repository;
        this.db = db;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.forgetAfter = forgetAfter;
        this.keepExports = keepExports;
        this.registry = DSL.table(DSL.name(registrySchema, "event_publication"));
    }

    @Scheduled(fixedDelayString = "${chefweb.privacy.forget-every:PT1M}",
            initialDelayString = "${chefweb.privacy.forget-every:PT1M}")
    @SchedulerLock(name = "forget-erased-people")
    void forget() {
        Instant now = clock.instant();
        for (PrivacyRepository.ToForget erasure : repository.erasuresToForget(now.minus(forgetAfter))) {
            transactions.executeWithoutResult(status -> forget(erasure, now));
        }
        for (UUID export : repository.exportsBefore(now.minus(keepExports))) {
            transactions.executeWithoutResult(status -> {
                db.deleteFrom(registry).where(completed.isNotNull())
                        .and(serialized.contains(export.toString())).execute();
                repository.delete(export);
            });
            log.info("Data export {} deleted, its time to be downloaded over", export);
        }
    }

    private void forget(PrivacyRepository.ToForget erasure, Instant now) {
        if (db.fetchExists(registry, completed.isNull().and(naming(erasure)))) {
            log.debug("Erasure {} waits for deliveries naming the person to finish", erasure.requestId());
            return;
        }
        if (erasure.secondPassAt() == null) {
            events.publishEvent(new PersonalDataErasureRequested(erasure.requestId(), erasure.userId(),
                    erasure.email(), erasure.anonymousId(), erasure.requestedAt()));
            repository.secondPassStarted(erasure.requestId(), now);
            log.info("Erasure {}: no delivery naming the person is in flight; every module erases them once more",
                    erasure.requestId());
            return;
        }
        int deleted = db.deleteFrom(registry).where(completed.isNotNull()).and(naming(erasure)).execute();
        repository.forget(erasure.requestId(), now);
        log.info("Erasure {}: {} delivered events naming the person deleted, their address forgotten",
                erasure.requestId(), deleted);
    }

    /** Events about the person carry their address (storefront bookings) or their account's id (everything else). */
    private Condition naming(PrivacyRepository.ToForget erasure) {
        Condition byAddress = PersonalRecords.namesAddress(serialized, erasure.email());
        return erasure.userId() == null ? byAddress : byAddress.or(serialized.contains(erasure.userId().toString()));
    }
}
