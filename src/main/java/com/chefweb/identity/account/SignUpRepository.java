package com.chefweb.identity.account;

import static com.chefweb.identity.jooq.Tables.PENDING_SIGN_UP;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SignUpRepository {

    private final DSLContext db;

    SignUpRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, String email, String name, String passwordHash, String tokenHash, Instant at,
            Instant expiresAt) {
        db.insertInto(PENDING_SIGN_UP)
                .set(PENDING_SIGN_UP.ID, id)
                .set(PENDING_SIGN_UP.EMAIL, email)
                .set(PENDING_SIGN_UP.NAME, name)
                .set(PENDING_SIGN_UP.PASSWORD_HASH, passwordHash)
                .set(PENDING_SIGN_UP.TOKEN_HASH, tokenHash)
                .set(PENDING_SIGN_UP.REQUESTED_AT, at)
                .set(PENDING_SIGN_UP.EXPIRES_AT, expiresAt)
                .execute();
    }

    /**
     * The open sign-up this token stands for, locked until the transaction ends, so two uses of one link at the same
     * moment cannot both open an account.
     */
    Optional<Pending> lockOpen(String tokenHash, Instant now) {
        return db.selectFrom(PENDING_SIGN_UP)
                .where(PENDING_SIGN_UP.TOKEN_HASH.eq(tokenHash))
                .and(PENDING_SIGN_UP.FINISHED_AT.isNull())
                .and(PENDING_SIGN_UP.EXPIRES_AT.gt(now))
                .forUpdate()
                .fetchOptional(row -> new Pending(row.getId(), row.getEmail(), row.getName(), row.getPasswordHash()));
    }

    void finish(UUID id, Instant now) {
        db.update(PENDING_SIGN_UP).set(PENDING_SIGN_UP.FINISHED_AT, now).where(PENDING_SIGN_UP.ID.eq(id)).execute();
    }

    /** Sign-ups whose link has expired, or was used, a while ago: what they held is no longer needed. */
    int deleteOlderThan(Instant before) {
        return db.deleteFrom(PENDING_SIGN_UP).where(PENDING_SIGN_UP.EXPIRES_AT.lt(before)
                .or(PENDING_SIGN_UP.FINISHED_AT.lt(before))).execute();
    }

    record Pending(UUID id, String email, String name, String passwordHash) {
    }
}
