package com.chefweb.identity.privacy;

import static com.chefweb.identity.jooq.Tables.PRIVACY_ANSWER;
import static com.chefweb.identity.jooq.Tables.PRIVACY_REQUEST;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.identity.jooq.tables.records.PrivacyRequestRecord;
import com.chefweb.identity.privacy.PrivacyRequest.Kind;

@Repository
class PrivacyRepository {

    private final DSLContext db;

    PrivacyRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, Kind kind, @Nullable UUID userId, String email, String digest, String anonymousId,
            String requestedBy, Instant at) {
        db.insertInto(PRIVACY_REQUEST)
                .set(PRIVACY_REQUEST.ID, id)
                .set(PRIVACY_REQUEST.KIND, kind.code())
                .set(PRIVACY_REQUEST.USER_ID, userId)
                .set(PRIVACY_REQUEST.SUBJECT_EMAIL, email)
                .set(PRIVACY_REQUEST.SUBJECT_DIGEST, digest)
                .set(PRIVACY_REQUEST.ANONYMOUS_ID, anonymousId)
                .set(PRIVACY_REQUEST.REQUESTED_BY, requestedBy)
                .set(PRIVACY_REQUEST.REQUESTED_AT, at)
                .execute();
    }

    /** Records a module's answer once: an answer delivered again changes nothing. */
    boolean insertAnswer(UUID requestId, String holder, String content, Instant at) {
        return db.insertInto(PRIVACY_ANSWER)
                .set(PRIVACY_ANSWER.REQUEST_ID, requestId)
                .set(PRIVACY_ANSWER.HOLDER, holder)
                .set(PRIVACY_ANSWER.CONTENT, JSONB.valueOf(content))
                .set(PRIVACY_ANSWER.ANSWERED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Locks the request, so two answers arriving at once cannot both miss that together they complete it. */
    boolean lock(UUID id) {
        return db.selectOne().from(PRIVACY_REQUEST).where(PRIVACY_REQUEST.ID.eq(id)).forUpdate().fetchOptional()
                .isPresent();
    }

    Set<String> holdersAnswered(UUID requestId) {
        return new TreeSet<>(db.select(PRIVACY_ANSWER.HOLDER).from(PRIVACY_ANSWER)
                .where(PRIVACY_ANSWER.REQUEST_ID.eq(requestId)).fetch(PRIVACY_ANSWER.HOLDER));
    }

    void complete(UUID id, Instant at) {
        db.update(PRIVACY_REQUEST).set(PRIVACY_REQUEST.COMPLETED_AT, at)
                .where(PRIVACY_REQUEST.ID.eq(id)).and(PRIVACY_REQUEST.COMPLETED_AT.isNull()).execute();
    }

    Optional<PrivacyRequest> find(UUID id, Set<String> holders) {
        return db.selectFrom(PRIVACY_REQUEST).where(PRIVACY_REQUEST.ID.eq(id)).fetchOptional()
                .map(request -> toRequest(request, holders));
    }

    List<PrivacyRequest> page(@Nullable UUID userId, int limit, int offset, Set<String> holders) {
        return db.selectFrom(PRIVACY_REQUEST)
                .where(userId == null ? org.jooq.impl.DSL.noCondition() : PRIVACY_REQUEST.USER_ID.eq(userId))
                .orderBy(PRIVACY_REQUEST.REQUESTED_AT.desc(), PRIVACY_REQUEST.ID)
                .limit(limit).offset(offset)
                .fetch(request -> toRequest(request, holders));
    }

    int count() {
        return db.fetchCount(PRIVACY_REQUEST);
    }

    /** Erasures every module has carried out, whose subject the event registry may still name. */
    List<ToForget> erasuresToForget(Instant completedBefore) {
        return db.select(PRIVACY_REQUEST.ID, PRIVACY_REQUEST.SUBJECT_EMAIL, PRIVACY_REQUEST.USER_ID,
                        PRIVACY_REQUEST.ANONYMOUS_ID, PRIVACY_REQUEST.REQUESTED_AT, PRIVACY_REQUEST.SECOND_PASS_AT)
                .from(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.KIND.eq(Kind.ERASURE.code()))
                .and(PRIVACY_REQUEST.FORGOTTEN_AT.isNull())
                .and(PRIVACY_REQUEST.COMPLETED_AT.lt(completedBefore))
                .and(PRIVACY_REQUEST.SUBJECT_EMAIL.isNotNull())
                .fetch(row -> new ToForget(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6()));
    }

    void secondPassStarted(UUID id, Instant at) {
        db.update(PRIVACY_REQUEST).set(PRIVACY_REQUEST.SECOND_PASS_AT, at).where(PRIVACY_REQUEST.ID.eq(id)).execute();
    }

    /** Exports whose time to be downloaded is over. */
    List<UUID> exportsBefore(Instant before) {
        return db.select(PRIVACY_REQUEST.ID).from(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.KIND.eq(Kind.EXPORT.code()))
                .and(PRIVACY_REQUEST.REQUESTED_AT.lt(before))
                .fetch(PRIVACY_REQUEST.ID);
    }

    int delete(UUID id) {
        return db.deleteFrom(PRIVACY_REQUEST).where(PRIVACY_REQUEST.ID.eq(id)).execute();
    }

    /** An erased person as the event registry may still know them: by address, and by account when they had one. */
    record ToForget(UUID requestId, String email, @Nullable UUID userId, String anonymousId, Instant requestedAt,
            @Nullable Instant secondPassAt) {
    }

    /** The erased person's address is forgotten here too; the digest stays. */
    void forget(UUID id, Instant at) {
        db.update(PRIVACY_REQUEST)
                .setNull(PRIVACY_REQUEST.SUBJECT_EMAIL)
                .set(PRIVACY_REQUEST.FORGOTTEN_AT, at)
                .where(PRIVACY_REQUEST.ID.eq(id))
                .execute();
    }

    /** An erased person's earlier exports go with them. */
    int deleteExportsOf(@Nullable UUID userId, String email) {
        return db.deleteFrom(PRIVACY_REQUEST)
                .where(PRIVACY_REQUEST.KIND.eq(Kind.EXPORT.code()))
                .and(userId == null ? PRIVACY_REQUEST.SUBJECT_EMAIL.eq(email)
                        : PRIVACY_REQUEST.USER_ID.eq(userId).or(PRIVACY_REQUEST.SUBJECT_EMAIL.eq(email)))
                .execute();
    }

    private PrivacyRequest toRequest(PrivacyRequestRecord request, Set<String> holders) {
        Map<String, String> answers = new LinkedHashMap<>();
        db.select(PRIVACY_ANSWER.HOLDER, PRIVACY_ANSWER.CONTENT).from(PRIVACY_ANSWER)
                .where(PRIVACY_ANSWER.REQUEST_ID.eq(request.getId()))
                .orderBy(PRIVACY_ANSWER.HOLDER)
                .forEach(row -> answers.put(row.value1(), row.value2().data()));
        Set<String> pending = new TreeSet<>(holders);
        pending.removeAll(answers.keySet());
        return new PrivacyRequest(request.getId(), Kind.of(request.getKind()), request.getUserId(),
                request.getAnonymousId(), request.getRequestedBy(), request.getRequestedAt(),
                request.getCompletedAt(), answers, request.getCompletedAt() == null ? pending : Set.of());
    }
}
