package com.chefweb.media.engagement;

import static com.chefweb.media.jooq.Tables.VIDEO;
import static com.chefweb.media.jooq.Tables.VIDEO_ENGAGEMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class EngagementRepository {

    private final DSLContext db;

    EngagementRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * Stores one event without waiting for the disk to flush: a crash may lose the last fraction of a second of
     * viewing events (never anything else, and never half a row), and the page that sent it is not kept waiting.
     */
    void insert(String videoId, EngagementEvent event, @Nullable String reason, @Nullable Instant occurredAt,
            Instant receivedAt, LocalDate businessDay) {
        db.execute("set local synchronous_commit = off");
        db.insertInto(VIDEO_ENGAGEMENT)
                .set(VIDEO_ENGAGEMENT.VIDEO_ID, videoId)
                .set(VIDEO_ENGAGEMENT.EVENT, event.code())
                .set(VIDEO_ENGAGEMENT.REASON, reason)
                .set(VIDEO_ENGAGEMENT.OCCURRED_AT, occurredAt)
                .set(VIDEO_ENGAGEMENT.RECEIVED_AT, receivedAt)
                .set(VIDEO_ENGAGEMENT.BUSINESS_DAY, businessDay)
                .execute();
    }

    /** Whether this is the id of a video registered here. */
    boolean isVideo(String videoId) {
        java.util.UUID id;
        try {
            id = java.util.UUID.fromString(videoId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return db.fetchExists(VIDEO, VIDEO.ID.eq(id));
    }

    /** Counts per video, day, event and error reason in the range (both days included). */
    List<Count> counts(LocalDate from, LocalDate to, @Nullable String videoId) {
        var condition = VIDEO_ENGAGEMENT.BUSINESS_DAY.between(from, to);
        if (videoId != null) {
            condition = condition.and(VIDEO_ENGAGEMENT.VIDEO_ID.eq(videoId));
        }
        var count = DSL.count().as("n");
        return db.select(VIDEO_ENGAGEMENT.VIDEO_ID, VIDEO_ENGAGEMENT.BUSINESS_DAY, VIDEO_ENGAGEMENT.EVENT,
                        VIDEO_ENGAGEMENT.REASON, count)
                .from(VIDEO_ENGAGEMENT)
                .where(condition)
                .groupBy(VIDEO_ENGAGEMENT.VIDEO_ID, VIDEO_ENGAGEMENT.BUSINESS_DAY, VIDEO_ENGAGEMENT.EVENT,
                        VIDEO_ENGAGEMENT.REASON)
                .orderBy(VIDEO_ENGAGEMENT.VIDEO_ID, VIDEO_ENGAGEMENT.BUSINESS_DAY)
                .fetch(row -> new Count(row.value1(), row.value2(), row.value3(), row.value4(), row.get(count)));
    }

    /** The titles of the registered videos among these ids (the storefront's own video has none). */
    Map<String, String> titles(List<String> videoIds) {
        return db.select(VIDEO.ID.cast(SQLDataType.VARCHAR), VIDEO.TITLE).from(VIDEO)
                .where(VIDEO.ID.cast(SQLDataType.VARCHAR).in(videoIds))
                .fetchMap(row -> row.value1(), row -> row.value2());
    }

    record Count(String videoId, LocalDate day, String event, @Nullable String reason, int count) {
    }
}
