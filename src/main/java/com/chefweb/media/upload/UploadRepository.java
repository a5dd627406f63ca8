package com.chefweb.media.upload;

import static com.chefweb.media.jooq.Tables.UPLOAD;
import static com.chefweb.media.jooq.Tables.VIDEO;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.media.jooq.tables.records.UploadRecord;

@Repository
class UploadRepository {

    private static final List<String> VIDEO_PURPOSES = List.of(UploadPurpose.VIDEO.code(),
            UploadPurpose.VIDEO_THUMBNAIL.code());

    private final DSLContext db;

    UploadRepository(DSLContext db) {
        this.db = db;
    }

    void insert(Upload upload) {
        db.insertInto(UPLOAD)
                .set(UPLOAD.ID, upload.id())
                .set(UPLOAD.OBJECT_KEY, upload.key())
                .set(UPLOAD.STAGING_KEY, upload.stagingKey())
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

    /**
     * The checked file under this key, if it is in use: a video's file or poster, or a chef's photo (the chefs
     * module decides where those appear). Only these are served to browsers.
     */
    Optional<Upload> findServable(String key) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.OBJECT_KEY.eq(key).and(UPLOAD.STATUS.eq("verified"))
                        .and(UPLOAD.PURPOSE.notIn(VIDEO_PURPOSES).or(usedByAVideo())))
                .fetchOptional(UploadRepository::toUpload);
    }

    /** Locks a checked upload against deletion until the transaction ends; empty when it is no longer checked. */
    Optional<Upload> lockVerified(UUID id) {
        return db.selectFrom(UPLOAD).where(UPLOAD.ID.eq(id).and(UPLOAD.STATUS.eq("verified"))).forShare()
                .fetchOptional(UploadRepository::toUpload);
    }

    /** Uploads whose URL expired before this moment and whose staging object may still exist. */
    List<Upload> stagingLeftBefore(Instant before, int limit) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.STAGING_CLEARED_AT.isNull().and(UPLOAD.EXPIRES_AT.lt(before)))
                .orderBy(UPLOAD.EXPIRES_AT)
                .limit(limit)
                .fetch(UploadRepository::toUpload);
    }

    void markStagingCleared(UUID id, Instant at) {
        db.update(UPLOAD).set(UPLOAD.STAGING_CLEARED_AT, at).where(UPLOAD.ID.eq(id)).execute();
    }

    /** Checked video files and posters no video took up since before this moment (a registration that failed). */
    List<Upload> unusedVideoFilesBefore(Instant before, int limit) {
        return db.selectFrom(UPLOAD)
                .where(UPLOAD.STATUS.eq("verified").and(UPLOAD.PURPOSE.in(VIDEO_PURPOSES))
                        .and(UPLOAD.VERIFIED_AT.lt(before)).andNot(usedByAVideo()))
                .orderBy(UPLOAD.VERIFIED_AT)
                .limit(limit)
                .fetch(UploadRepository::toUpload);
    }

    private static org.jooq.Condition usedByAVideo() {
        return DSL.exists(DSL.selectOne().from(VIDEO)
                .where(VIDEO.VIDEO_UPLOAD_ID.eq(UPLOAD.ID).or(VIDEO.THUMBNAIL_UPLOAD_ID.eq(UPLOAD.ID))));
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

    private static Upload toUpload(UploadRecord row) {
        return new Upload(row.getId(), row.getObjectKey(), row.getStagingKey(), UploadPurpose.of(row.getPurpose()).orElseThrow(),
                row.getContentType(), row.getDeclaredBytes(), row.getStatus(), row.getStoredBytes(),
                row.getRefusalReason(), row.getOwnerId(), row.getIssuedAt(), row.getExpiresAt(), row.getVerifiedAt());
    }
}
