package com.chefweb.media.video;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A promo video the owner registered.
 *
 * @param videoKey the object key of the video file
 * @param thumbnailKey the poster image's key, if it has one
 */
public record Video(UUID id, String title, @Nullable String description, UUID videoUploadId, String videoKey,
        String contentType, long bytes, @Nullable UUID thumbnailUploadId, @Nullable String thumbnailKey,
        boolean homepage, String createdBy, Instant createdAt, Instant updatedAt) {
}
