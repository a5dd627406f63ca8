package com.chefweb.identity.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A named key for the admin console or a machine. Listed by its prefix; the secret is shown once, at creation.
 *
 * @param prefix the first characters of the key, to recognise it in a list
 */
public record ApiKey(UUID id, String name, String prefix, @Nullable UUID createdBy, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
