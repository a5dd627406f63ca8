package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.WEBHOOK_EVENT;
import static org.jooq.impl.DSL.currentInstant;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.WebhookEventRecord;

@Repository
class WebhookEventRepository {

    private final DSLContext db;

    WebhookEventRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores an event once; false when Stripe sent this id before. */
    boolean insertIfNew(String id, String type, String payload) {
        return db.insertInto(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.ID, id)
                .set(WEBHOOK_EVENT.TYPE, type)
                .set(WEBHOOK_EVENT.PAYLOAD, JSONB.valueOf(payload))
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<StoredStripeEvent> lock(String id) {
        return db.selectFrom(WEBHOOK_EVENT).where(WEBHOOK_EVENT.ID.eq(id)).forUpdate()
                .fetchOptional(WebhookEventRepository::toEvent);
    }

    void markProcessed(String id) {
        db.update(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.PROCESSED_AT, currentInstant())
                .set(WEBHOOK_EVENT.ATTEMPTS, WEBHOOK_EVENT.ATTEMPTS.plus(1))
                .set(WEBHOOK_EVENT.LAST_ERROR, (String) null)
                .where(WEBHOOK_EVENT.ID.eq(id))
                .execute();
    }

    int recordFailure(String id, String error) {
        return db.update(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.ATTEMPTS, WEBHOOK_EVENT.ATTEMPTS.plus(1))
                .set(WEBHOOK_EVENT.LAST_ERROR, error)
                .where(WEBHOOK_EVENT.ID.eq(id))
                .returning(WEBHOOK_EVENT.ATTEMPTS)
                .fetchOptional(WEBHOOK_EVENT.ATTEMPTS).orElse(0);
    }

    /** Events not applied yet, oldest first: what admins look at when something is stuck. */
    List<StoredStripeEvent> unprocessed(int limit) {
        return db.selectFrom(WEBHOOK_EVENT).where(WEBHOOK_EVENT.PROCESSED_AT.isNull())
                .orderBy(WEBHOOK_EVENT.RECEIVED_AT).limit(limit).fetch(WebhookEventRepository::toEvent);
    }

    private static StoredStripeEvent toEvent(WebhookEventRecord row) {
        return new StoredStripeEvent(row.getId(), row.getType(), row.getPayload().data(), row.getReceivedAt(),
                row.getProcessedAt(), row.getAttempts(),
                row.getLastError());
    }
}
