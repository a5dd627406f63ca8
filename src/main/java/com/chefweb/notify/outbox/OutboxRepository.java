package com.chefweb.notify.outbox;

import static com.chefweb.notify.jooq.Tables.OUTGOING_MESSAGE;
import static com.chefweb.notify.jooq.Tables.SMS_OPT_OUT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private final DSLContext db;

    OutboxRepository(DSLContext db) {
        this.db = db;
    }

    /** Queues the email; false when one for the same cause exists already. */
    boolean queue(EmailDraft draft, Instant now) {
        return insert(draft.cause(), draft.kind(), Channel.EMAIL, draft.recipient(), draft.subject(), draft.text(),
                draft.html(), draft.fromName(), now);
    }

    /** Queues the text; false when one for the same cause exists already. */
    boolean queue(TextDraft draft, Instant now) {
        return insert(draft.cause(), draft.kind(), Channel.SMS, draft.phone(), draft.summary(), draft.text(), "",
                null, now);
    }

    private boolean insert(String cause, String kind, Channel channel, String recipient, String subject, String text,
            String html, @Nullable String fromName, Instant now) {
        return db.insertInto(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.ID, UUID.randomUUID())
                .set(OUTGOING_MESSAGE.CAUSE, cause)
                .set(OUTGOING_MESSAGE.KIND, kind)
                .set(OUTGOING_MESSAGE.CHANNEL, channel.code())
                .set(OUTGOING_MESSAGE.RECIPIENT, recipient)
                .set(OUTGOING_MESSAGE.SUBJECT, subject)
                .set(OUTGOING_MESSAGE.BODY_TEXT, text)
                .set(OUTGOING_MESSAGE.BODY_HTML, html)
                .set(OUTGOING_MESSAGE.FROM_NAME, fromName)
                .set(OUTGOING_MESSAGE.STATUS, MessageStatus.QUEUED)
                .set(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT, now)
                .set(OUTGOING_MESSAGE.CREATED_AT, now)
                .onConflict(OUTGOING_MESSAGE.CAUSE).doNothing()
                .execute() == 1;
    }

    /**
     * Takes queued emails that are due and pushes their next attempt past the lease, in one statement, so two
     * instances never take the same email and a crash mid-send leaves it to be tried again after the lease.
     */
    List<OutgoingMessage> claimDue(Instant now, Duration lease, int limit) {
        var due = db.select(OUTGOING_MESSAGE.ID).from(OUTGOING_MESSAGE)
                .where(OUTGOING_MESSAGE.STATUS.eq(MessageStatus.QUEUED).and(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT.le(now)))
                .orderBy(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT).limit(limit)
                .forUpdate().skipLocked();
        return db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT, now.plus(lease))
                .set(OUTGOING_MESSAGE.ATTEMPTS, OUTGOING_MESSAGE.ATTEMPTS.plus(1))
                .where(OUTGOING_MESSAGE.ID.in(due))
                .returning()
                .fetch(OutboxRepository::toMessage);
    }

    void markSent(UUID id, MessageStatus status, @Nullable String providerMessageId, Instant now) {
        db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.STATUS, status)
                .set(OUTGOING_MESSAGE.PROVIDER_MESSAGE_ID, providerMessageId)
                .set(OUTGOING_MESSAGE.LAST_ERROR, (String) null)
                .set(OUTGOING_MESSAGE.SENT_AT, now)
                .where(OUTGOING_MESSAGE.ID.eq(id))
                .execute();
    }

    void retryLater(UUID id, String error, Instant next) {
        db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.LAST_ERROR, error)
                .set(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT, next)
                .where(OUTGOING_MESSAGE.ID.eq(id))
                .execute();
    }

    void markFailed(UUID id, String error) {
        db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.STATUS, MessageStatus.FAILED)
                .set(OUTGOING_MESSAGE.LAST_ERROR, error)
                .where(OUTGOING_MESSAGE.ID.eq(id))
                .execute();
    }

    /** Puts a failed email back in the queue, to be tried at once; false when it is not failed. */
    boolean requeue(UUID id, Instant now) {
        return db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.STATUS, MessageStatus.QUEUED)
                .set(OUTGOING_MESSAGE.ATTEMPTS, 0)
                .set(OUTGOING_MESSAGE.NEXT_ATTEMPT_AT, now)
                .where(OUTGOING_MESSAGE.ID.eq(id).and(OUTGOING_MESSAGE.STATUS.eq(MessageStatus.FAILED)))
                .execute() == 1;
    }

    /**
     * Records what the carrier finally said about a text, once: a later report for the same text is ignored.
     *
     * @return false when no text was sent with this provider id, or its fate was reported already
     */
    boolean recordDelivery(String providerMessageId, String delivery, @Nullable String error, Instant now) {
        return db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.DELIVERY, delivery)
                .set(OUTGOING_MESSAGE.DELIVERY_ERROR, error)
                .set(OUTGOING_MESSAGE.DELIVERY_REPORTED_AT, now)
                .where(OUTGOING_MESSAGE.PROVIDER_MESSAGE_ID.eq(providerMessageId)
                        .and(OUTGOING_MESSAGE.CHANNEL.eq(Channel.SMS.code()))
                        .and(OUTGOING_MESSAGE.DELIVERY.isNull()))
                .execute() == 1;
    }

    /** The number replied STOP (or another opt-out word); true when it had not before. */
    boolean optOut(String phone, String keyword, Instant now) {
        return db.insertInto(SMS_OPT_OUT)
                .set(SMS_OPT_OUT.PHONE, phone)
                .set(SMS_OPT_OUT.KEYWORD, keyword)
                .set(SMS_OPT_OUT.OPTED_OUT_AT, now)
                .onConflict(SMS_OPT_OUT.PHONE).doNothing()
                .execute() == 1;
    }

    /** The number replied START: it may be texted again. */
    boolean optIn(String phone) {
        return db.deleteFrom(SMS_OPT_OUT).where(SMS_OPT_OUT.PHONE.eq(phone)).execute() == 1;
    }

    boolean optedOut(String phone) {
        return db.fetchExists(SMS_OPT_OUT, SMS_OPT_OUT.PHONE.eq(phone));
    }

    List<OutgoingMessage> withCauseContaining(String fragment) {
        return db.selectFrom(OUTGOING_MESSAGE).where(OUTGOING_MESSAGE.CAUSE.contains(fragment))
                .orderBy(OUTGOING_MESSAGE.CREATED_AT, OUTGOING_MESSAGE.ID).fetch(OutboxRepository::toMessage);
    }

    Optional<OutgoingMessage> find(UUID id) {
        return db.selectFrom(OUTGOING_MESSAGE).where(OUTGOING_MESSAGE.ID.eq(id)).fetchOptional(OutboxRepository::toMessage);
    }

    List<OutgoingMessage> page(Filter filter, int limit, int offset) {
        return db.selectFrom(OUTGOING_MESSAGE).where(condition(filter))
                .orderBy(OUTGOING_MESSAGE.CREATED_AT.desc(), OUTGOING_MESSAGE.ID)
                .limit(limit).offset(offset)
                .fetch(OutboxRepository::toMessage);
    }

    int count(Filter filter) {
        return db.fetchCount(OUTGOING_MESSAGE, condition(filter));
    }

    private static Condition condition(Filter filter) {
        Condition condition = DSL.noCondition();
        if (filter.status() != null) {
            condition = condition.and(MessageStatus.known(filter.status()).map(OUTGOING_MESSAGE.STATUS::eq)
                    .orElse(DSL.falseCondition()));
        }
        if (filter.channel() != null) {
            condition = condition.and(OUTGOING_MESSAGE.CHANNEL.eq(filter.channel()));
        }
        if (filter.recipient() != null) {
            condition = condition.and(OUTGOING_MESSAGE.RECIPIENT.equalIgnoreCase(filter.recipient()));
        }
        if (filter.kind() != null) {
            condition = condition.and(OUTGOING_MESSAGE.KIND.eq(filter.kind()));
        }
        return condition;
    }


    private static OutgoingMessage toMessage(com.chefweb.notify.jooq.tables.records.OutgoingMessageRecord row) {
        return new OutgoingMessage(row.getId(), row.getCause(), row.getKind(),
                Channel.known(row.getChannel()).orElseThrow(), row.getRecipient(), row.getSubject(), row.getBodyText(),
                row.getBodyHtml(), row.getStatus(), row.getAttempts(), row.getLastError(), row.getProviderMessageId(),
                row.getDelivery(), row.getDeliveryError(), row.getFromName(), row.getCreatedAt(), row.getSentAt());
    }
}
