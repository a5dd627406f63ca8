package com.chefweb.media.upload;

import static com.chefweb.media.jooq.Tables.UPLOAD;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.media.jooq.tables.records.UploadRecord;

@Repository
class UploadRepository {

    private final DSLContext db;

    UploadRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Upload upload) {
        db.insertInto(UPLOAD)
                .set(UPLOAD.ID, upload.id())
                .set(UPLOAD.OBJECT_KEY, upload.key())
                .set(UPLOAD.PURPOSE, upload.purpose().code())
                .set(UPLOAD.CONTENT_TYPE, upload.contentType())
                .set(UPLOAD.DECLARED_BYTES, upload.declaredBytes())
                .set(UPLOAD.STATUS, upload.status())
                .set(UPLOAD.OWNER_ID, upload.ownerId())
                .set(UPLOAD.ISSUED_AT, upload.issuedAt())
                .set(UPLOAD.EXPIRES_AT, upload.expiresAt())
                .execute();
    }

    Optional<Upload> find(UUID id) {
        return db.selectFrom(UPLOAD).where(UPLOAD.ID.eq(id)).fetchOptional(UploadRepository::toUpload);
    }

    Optional<Upload> findByKey(String key) {
        return db.selectFrom(UPLOAD).where(UPLOAD.OBJECT_KEY.eq(key)).fetchOptional(UploadRepository::toUpload);
    }

    /** Whether this key is a checked file still in use: only those are served to browsers. */
    boolean isServable(String key) {
        return db.fetchExists(UPLOAD, UPLOAD.OBJECT_KEY.eq(key).and(UPLOAD.STATUS.eq("verified")));
    }

    /** Moves an issued upload on; false when another request already did. */
    boolean markVerified(UUID id, long storedBytes, Instant at) {
        return db.update(UPLOAD)
                .set(UPLOAD.STATUS, "verified")
                .set(UPLOAD.STORED_BYTES, storedBytes)
                .set(UPLOAD.VERIFIED_AT, at)
                .where(UPLOAD.ID.eq(id).and(UPLOAD.STATUS.eq("issued")))
                .execute() == 1;
    }

    boolean markRefused(UUID id, String reason) {
        return db.update(UPLOAD)
                .set(UPLOAD.STATUS, "refused")
                .set(UPLOAD.REFUSAL_REASON, reason)
                .where(UPLOAD.ID.eq(id).and(UPLOAD.STATUS.eq("issued")))
                .execute() == 1;
    }

    void markDeleted(Collection<UUID> ids) {
        db.update(UPLOAD).set(UPLOAD.STATUS, "deleted").where(UPLOAD.ID.in(ids)).execute();
    }

    /** Issued uploads nobody finished before this moment, oldest first. */
    List<Upload> unfinishedBefore(Instant before, int limit) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.STATUS.eq("issued").and(UPLOAD.EXPIRES_AT.lt(before)))
                .orderBy(UPLOAD.EXPIRES_AT)
                .limit(limit)
                .fetch(UploadRepository::toUpload);
    }

    private static Upload toUpload(UploadRecord row) {
        return new Upload(row.getId(), row.getObjectKey(), UploadPurpose.of(row.getPurpose()).orElseThrow(),
                row.getContentType(), row.getDeclaredBytes(), row.getStatus(), row.getStoredBytes(),
                row.getRefusalReason(), row.getOwnerId(), row.getIssuedAt(), row.getExpiresAt(), row.getVerifiedAt());
    }
}
