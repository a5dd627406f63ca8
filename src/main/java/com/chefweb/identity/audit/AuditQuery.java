package com.chefweb.identity.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Filters for the audit log; each one left null matches everything. */
public record AuditQuery(@Nullable String actorId, @Nullable String action, @Nullable String resourceType,
        @Nullable String resourceId, @Nullable Instant from, @Nullable Instant to, int limit, int offset) {
}
