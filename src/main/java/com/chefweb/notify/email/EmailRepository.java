package com.chefweb.notify.email;

import static com.chefweb.notify.jooq.Tables.EMAIL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class EmailRepository {

    private final DSLContext db;

    EmailRepository(DSLContext db) {
        this.db = db;
    }

    /** Queues the email; false when one for the same cause exists already. */
    boolean queue(EmailDraft draft, Instant now) {
        return db.insertInto(EMAIL)
                .set(EMAIL.ID, UUID.randomUUID())
                .set(EMAIL.CAUSE, draft.cause())
                .set(EMAIL.KIND, draft.kind())
                .set(EMAIL.RECIPIENT, draft.recipient())
                .set(EMAIL.SUBJECT, draft.subject())
                .set(EMAIL.BODY_TEXT, draft.text())
                .set(EMAIL.BODY_HTML, draft.html())
                .set(EMAIL.STATUS, EmailStatus.QUEUED)
                .set(EMAIL.NEXT_ATTEMPT_AT, now)
                .set(EMAIL.CREATED_AT, now)
                .onConflict(EMAIL.CAUSE).doNothing()
                .execute() == 1;
    }

    /**
     * Takes queued emails that are due and pushes their next attempt past the lease, in one statement, so two
     * instances never take the same email and a crash mid-send leaves it to be tried again after the lease.
     */
    List<SentEmail> claimDue(Instant now, Duration lease, int limit) {
        var due = db.select(EMAIL.ID).from(EMAIL)
                .where(EMAIL.STATUS.eq(EmailStatus.QUEUED).and(EMAIL.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(EMAIL.NEXT_ATTEMPT_AT).limit(limit)
                .forUpdate().skipLocked();
        return db.update(EMAIL)
                .set(EMAIL.NEXT_ATTEMPT_AT, now.plus(lease))
                .set(EMAIL.ATTEMPTS, EMAIL.ATTEMPTS.plus(1))
                .where(EMAIL.ID.in(due))
                .returning()
                .fetch(EmailRepository::toEmail);
    }

    void markSent(UUID id, EmailStatus status, @Nullable String providerMessageId, Instant now) {
        db.update(EMAIL)
                .set(EMAIL.STATUS, status)
                .set(EMAIL.PROVIDER_MESSAGE_ID, providerMessageId)
                .set(EMAIL.LAST_ERROR, (String) null)
                .set(EMAIL.SENT_AT, now)
                .where(EMAIL.ID.eq(id))
                .execute();
    }

    void retryLater(UUID id, String error, Instant next) {
        db.update(EMAIL)
                .set(EMAIL.LAST_ERROR, error)
                .set(EMAIL.NEXT_ATTEMPT_AT, next)
                .where(EMAIL.ID.eq(id))
                .execute();
    }

    void markFailed(UUID id, String error) {
        db.update(EMAIL)
                .set(EMAIL.STATUS, EmailStatus.FAILED)
                .set(EMAIL.LAST_ERROR, error)
                .where(EMAIL.ID.eq(id))
                .execute();
    }

    /** Puts a failed email back in the queue, to be tried at once; false when it is not failed. */
    boolean requeue(UUID id, Instant now) {
        return db.update(EMAIL)
                .set(EMAIL.STATUS, EmailStatus.QUEUED)
                .set(EMAIL.ATTEMPTS, 0)
                .set(EMAIL.NEXT_ATTEMPT_AT, now)
                .where(EMAIL.ID.eq(id).and(EMAIL.STATUS.eq(EmailStatus.FAILED)))
                .execute() == 1;
    }

    Optional<SentEmail> find(UUID id) {
        return db.selectFrom(EMAIL).where(EMAIL.ID.eq(id)).fetchOptional(EmailRepository::toEmail);
    }

    List<SentEmail> page(@Nullable String status, @Nullable String recipient, @Nullable String kind, int limit,
            int offset) {
        return db.selectFrom(EMAIL).where(filter(status, recipient, kind))
                .orderBy(EMAIL.CREATED_AT.desc(), EMAIL.ID)
                .limit(limit).offset(offset)
                .fetch(EmailRepository::toEmail);
    }

    int count(@Nullable String status, @Nullable String recipient, @Nullable String kind) {
        return db.fetchCount(EMAIL, filter(status, recipient, kind));
    }

    private static Condition filter(@Nullable String status, @Nullable String recipient, @Nullable String kind) {
        Condition condition = DSL.noCondition();
        if (status != null) {
            condition = condition.and(EmailStatus.known(status).map(EMAIL.STATUS::eq).orElse(DSL.falseCondition()));
        }
        if (recipient != null) {
            condition = condition.and(EMAIL.RECIPIENT.equalIgnoreCase(recipient));
        }
        if (kind != null) {
            condition = condition.and(EMAIL.KIND.eq(kind));
        }
        return condition;
    }


    private static SentEmail toEmail(com.chefweb.notify.jooq.tables.records.EmailRecord row) {
        return Records.mapping(SentEmail::new).map(row.into(EMAIL.ID, EMAIL.CAUSE, EMAIL.KIND, EMAIL.RECIPIENT,
                EMAIL.SUBJECT, EMAIL.BODY_TEXT, EMAIL.BODY_HTML, EMAIL.STATUS, EMAIL.ATTEMPTS, EMAIL.LAST_ERROR,
                EMAIL.PROVIDER_MESSAGE_ID, EMAIL.CREATED_AT, EMAIL.SENT_AT));
    }
}
