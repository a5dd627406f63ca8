package com.chefweb.media.video;

import static com.chefweb.media.jooq.Tables.UPLOAD;
import static com.chefweb.media.jooq.Tables.VIDEO;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.media.jooq.tables.Upload;

@Repository
class VideoRepository {

    private static final Upload FILE = UPLOAD.as("file");
    private static final Upload THUMBNAIL = UPLOAD.as("thumbnail");

    private final DSLContext db;

    VideoRepository(DSLContext db) {
        this.db = db;
    }

    void insert(UUID id, String title, String description, UUID videoUploadId, UUID thumbnailUploadId,
            String createdBy, Instant at) {
        db.insertInto(VIDEO)
                .set(VIDEO.ID, id)
                .set(VIDEO.TITLE, title)
                .set(VIDEO.DESCRIPTION, description)
                .set(VIDEO.VIDEO_UPLOAD_ID, videoUploadId)
                .set(VIDEO.THUMBNAIL_UPLOAD_ID, thumbnailUploadId)
                .set(VIDEO.CREATED_BY, createdBy)
                .set(VIDEO.CREATED_AT, at)
                .set(VIDEO.UPDATED_AT, at)
                .execute();
    }

    Optional<Video> find(UUID id) {
        return withFiles().where(VIDEO.ID.eq(id)).fetchOptional(VideoRepository::toVideo);
    }

    Optional<Video> lock(UUID id) {
        return withFiles().where(VIDEO.ID.eq(id)).forUpdate().of(VIDEO).fetchOptional(VideoRepository::toVideo);
    }

    Optional<Video> homepage() {
        return withFiles().where(VIDEO.HOMEPAGE.isTrue()).fetchOptional(VideoRepository::toVideo);
    }

    List<Video> page(int limit, int offset) {
        return withFiles().orderBy(VIDEO.CREATED_AT.desc(), VIDEO.ID).limit(limit).offset(offset)
                .fetch(VideoRepository::toVideo);
    }

    int count() {
        return db.fetchCount(VIDEO);
    }

    /**
     * Serialises changes of the homepage choice: two admins choosing at once take turns, so the second choice
     * replaces the first instead of failing on the one-homepage index.
     */
    void lockHomepageChoice() {
        db.select(DSL.field("pg_advisory_xact_lock({0})", hashtext("media.homepage"))).fetch();
    }

    /** @return the previous homepage video's id, if there was one and it was another */
    Optional<UUID> clearHomepageExcept(UUID keep, Instant at) {
        return db.update(VIDEO).set(VIDEO.HOMEPAGE, false).set(VIDEO.UPDATED_AT, at)
                .where(VIDEO.HOMEPAGE.isTrue().and(VIDEO.ID.ne(keep)))
                .returningResult(VIDEO.ID).fetchOptional(VIDEO.ID);
    }

    void setHomepage(UUID id, boolean homepage, Instant at) {
        db.update(VIDEO).set(VIDEO.HOMEPAGE, homepage).set(VIDEO.UPDATED_AT, at).where(VIDEO.ID.eq(id)).execute();
    }

    void update(UUID id, String title, String description, UUID thumbnailUploadId, Instant at) {
        db.update(VIDEO)
                .set(VIDEO.TITLE, title)
                .set(VIDEO.DESCRIPTION, description)
                .set(VIDEO.THUMBNAIL_UPLOAD_ID, thumbnailUploadId)
                .set(VIDEO.UPDATED_AT, at)
                .where(VIDEO.ID.eq(id))
                .execute();
    }

    boolean delete(UUID id) {
        return db.deleteFrom(VIDEO).where(VIDEO.ID.eq(id)).execute() == 1;
    }

    /** Whether some video already uses this upload, as its file or its poster. */
    boolean usesUpload(UUID uploadId) {
        return db.fetchExists(VIDEO, VIDEO.VIDEO_UPLOAD_ID.eq(uploadId).or(VIDEO.THUMBNAIL_UPLOAD_ID.eq(uploadId)));
    }

    private static org.jooq.Field<Integer> hashtext(String text) {
        return DSL.field("hashtext({0})", Integer.class, DSL.inline(text));
    }

    private SelectOnConditionStep<Record> withFiles() {
        return db.select(VIDEO.fields()).select(FILE.OBJECT_KEY, FILE.CONTENT_TYPE, FILE.STORED_BYTES,
                        THUMBNAIL.OBJECT_KEY)
                .from(VIDEO)
                .join(FILE).on(FILE.ID.eq(VIDEO.VIDEO_UPLOAD_ID))
                .leftJoin(THUMBNAIL).on(THUMBNAIL.ID.eq(VIDEO.THUMBNAIL_UPLOAD_ID));
    }

    private static Video toVideo(Record row) {
        Long bytes = row.get(FILE.STORED_BYTES);
        return new Video(row.get(VIDEO.ID), row.get(VIDEO.TITLE), row.get(VIDEO.DESCRIPTION),
                row.get(VIDEO.VIDEO_UPLOAD_ID), row.get(FILE.OBJECT_KEY), row.get(FILE.CONTENT_TYPE),
                bytes == null ? 0 : bytes, row.get(VIDEO.THUMBNAIL_UPLOAD_ID), row.get(THUMBNAIL.OBJECT_KEY),
                Boolean.TRUE.equals(row.get(VIDEO.HOMEPAGE)), row.get(VIDEO.CREATED_BY), row.get(VIDEO.CREATED_AT),
                row.get(VIDEO.UPDATED_AT));
    }
}
