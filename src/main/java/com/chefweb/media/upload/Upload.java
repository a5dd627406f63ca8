package com.chefweb.media.upload;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A key this service presigned, and what became of the file.
 *
 * @param key where the checked file lives and is served from; only this service writes it
 * @param stagingKey where the browser uploads it, through the presigned URL
 * @param status {@code issued}, {@code verified}, {@code refused} or {@code deleted}
 * @param storedBytes the size the store reported when the file was checked
 */
public record Upload(UUID id, String key, String stagingKey, UploadPurpose purpose, String contentType, long declaredBytes,
        String status, @Nullable Long storedBytes, @Nullable String refusalReason, String ownerId, Instant issuedAt,
        Instant expiresAt, @Nullable Instant verifiedAt) {

    public boolean verified() {
        return "verified".equals(status);
    }
}
