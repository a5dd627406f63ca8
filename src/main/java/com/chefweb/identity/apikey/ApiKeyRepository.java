package com.chefweb.identity.apikey;

import static com.chefweb.identity.jooq.Tables.API_KEY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.springframework.stereotype.Repository;

import com.chefweb.identity.jooq.tables.records.ApiKeyRecord;

@Repository
class ApiKeyRepository {

    private final DSLContext db;

    ApiKeyRepository(DSLContext db) {
        this.db = db;
    }

    /** False when an active key already has this name or secret. */
    boolean insert(ApiKey key, String secretHash) {
        try {
            db.insertInto(API_KEY)
                    .set(API_KEY.ID, key.id())
                    .set(API_KEY.NAME, key.name())
                    .set(API_KEY.PREFIX, key.prefix())
                    .set(API_KEY.SECRET_HASH, secretHash)
                    .set(API_KEY.CREATED_BY, key.createdBy())
                    .set(API_KEY.CREATED_AT, key.createdAt())
                    .execute();
            return true;
        } catch (IntegrityConstraintViolationException e) {
            return false;
        }
    }

    Optional<ApiKey> findActiveBySecretHash(String secretHash) {
        return db.selectFrom(API_KEY)
                .where(API_KEY.SECRET_HASH.eq(secretHash).and(API_KEY.REVOKED_AT.isNull()))
                .fetchOptional(ApiKeyRepository::toKey);
    }

    boolean existsWithSecretHash(String secretHash) {
        return db.fetchExists(API_KEY, API_KEY.SECRET_HASH.eq(secretHash));
    }

    Optional<ApiKey> findById(UUID id) {
        return db.selectFrom(API_KEY).where(API_KEY.ID.eq(id)).fetchOptional(ApiKeyRepository::toKey);
    }

    List<ApiKey> findAll() {
        return db.selectFrom(API_KEY).orderBy(API_KEY.CREATED_AT.desc()).fetch(ApiKeyRepository::toKey);
    }

    void recordUse(UUID id, Instant at) {
        db.update(API_KEY).set(API_KEY.LAST_USED_AT, at).where(API_KEY.ID.eq(id)).execute();
    }

    boolean revoke(UUID id, Instant at) {
        return db.update(API_KEY).set(API_KEY.REVOKED_AT, at)
                .where(API_KEY.ID.eq(id).and(API_KEY.REVOKED_AT.isNull())).execute() == 1;
    }

    void revokeActiveNamed(String name, Instant at) {
        db.update(API_KEY).set(API_KEY.REVOKED_AT, at)
                .where(API_KEY.NAME.eq(name).and(API_KEY.REVOKED_AT.isNull())).execute();
    }

    private static ApiKey toKey(ApiKeyRecord row) {
        return new ApiKey(row.getId(), row.getName(), row.getPrefix(), row.getCreatedBy(),
                row.getCreatedAt(), row.getLastUsedAt(), row.getRevokedAt());
    }

}
