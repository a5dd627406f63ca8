package com.chefweb.identity.session;

import static com.chefweb.identity.jooq.Tables.API_KEY;
import static com.chefweb.identity.jooq.Tables.REFRESH_TOKEN;
import static com.chefweb.identity.jooq.Tables.SESSION;
import static com.chefweb.identity.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private final DSLContext db;

    SessionRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, UUID userId, UUID apiKeyId, Instant createdAt, Instant expiresAt) {
        db.insertInto(SESSION)
                .set(SESSION.ID, id)
                .set(SESSION.USER_ID, userId)
                .set(SESSION.API_KEY_ID, apiKeyId)
                .set(SESSION.CREATED_AT, createdAt)
                .set(SESSION.EXPIRES_AT, expiresAt)
                .execute();
    }

    void insertRefreshToken(String tokenHash, UUID sessionId, Instant issuedAt) {
        insertRefreshToken(tokenHash, sessionId, issuedAt, false);
    }

    void insertRefreshToken(String tokenHash, UUID sessionId, Instant issuedAt, boolean reusable) {
        db.insertInto(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.TOKEN_HASH, tokenHash)
                .set(REFRESH_TOKEN.SESSION_ID, sessionId)
                .set(REFRESH_TOKEN.ISSUED_AT, issuedAt)
                .set(REFRESH_TOKEN.REUSABLE, reusable)
                .execute();
    }

    /** The session of a reusable refresh token, if this is one. */
    Optional<UUID> sessionOfReusableToken(String tokenHash) {
        return db.select(REFRESH_TOKEN.SESSION_ID).from(REFRESH_TOKEN)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash).and(REFRESH_TOKEN.REUSABLE.isTrue()))
                .fetchOptional(REFRESH_TOKEN.SESSION_ID);
    }

    /** Marks a refresh token used; its session when this call used it, empty when it was unknown or already used. */
    Optional<UUID> useRefreshToken(String tokenHash, Instant at) {
        return db.update(REFRESH_TOKEN)
                .set(REFRESH_TOKEN.USED_AT, at)
                .where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash).and(REFRESH_TOKEN.USED_AT.isNull()))
                .returning(REFRESH_TOKEN.SESSION_ID)
                .fetchOptional(REFRESH_TOKEN.SESSION_ID);
    }

    /** The session a refresh token belongs to, used or not. */
    Optional<UUID> sessionOfRefreshToken(String tokenHash) {
        return db.select(REFRESH_TOKEN.SESSION_ID).from(REFRESH_TOKEN).where(REFRESH_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(REFRESH_TOKEN.SESSION_ID);
    }

    Optional<StoredSession> find(UUID id) {
        return db.select(SESSION.ID, SESSION.USER_ID, SESSION.API_KEY_ID, SESSION.EXPIRES_AT, SESSION.REVOKED_AT)
                .from(SESSION).where(SESSION.ID.eq(id))
                .fetchOptional(row -> new StoredSession(row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5()));
    }

    /**
     * Whether access tokens of this session still work: not revoked, not past its absolute lifetime, its account not
     * disabled and still holding the token's role and chef link, its API key not revoked. Asked on every
     * authenticated request.
     */
    boolean isActive(UUID id, String role, UUID chefId) {
        return db.fetchExists(selectOne().from(SESSION)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(SESSION.USER_ID))
                .leftJoin(API_KEY).on(API_KEY.ID.eq(SESSION.API_KEY_ID))
                .where(SESSION.ID.eq(id))
                .and(SESSION.REVOKED_AT.isNull())
                .and(SESSION.EXPIRES_AT.gt(currentInstant()))
                .and(USER_ACCOUNT.DISABLED_AT.isNull())
                // a changed role or chef link ends the sessions that carry the old one
                .and(USER_ACCOUNT.ID.isNull().or(USER_ACCOUNT.ROLE.eq(role)
                        .and(USER_ACCOUNT.CHEF_ID.isNotDistinctFrom(chefId))))
                .and(API_KEY.REVOKED_AT.isNull()));
    }

    /** Revokes every open session of the account; how many that was. */
    int revokeAllOf(UUID userId, String reason, Instant at) {
        return db.update(SESSION).set(SESSION.REVOKED_AT, at).set(SESSION.REVOKED_REASON, reason)
                .where(SESSION.USER_ID.eq(userId)).and(SESSION.REVOKED_AT.isNull()).execute();
    }

    /** Revokes a session unless it already was; true when this call revoked it. */
    boolean revoke(UUID id, String reason, Instant at) {
        return db.update(SESSION)
                .set(SESSION.REVOKED_AT, at)
                .set(SESSION.REVOKED_REASON, reason)
                .where(SESSION.ID.eq(id).and(SESSION.REVOKED_AT.isNull()))
                .execute() == 1;
    }

    record StoredSession(UUID id, UUID userId, UUID apiKeyId, Instant expiresAt, Instant revokedAt) {
    }
}
