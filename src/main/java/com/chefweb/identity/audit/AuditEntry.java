package com.chefweb.identity.audit;

import java.time.Instant;
import java.util.Map;

/** One recorded change: who did what to which resource, when, with the changed values before and after. */
public record AuditEntry(long id, Instant occurredAt, String actorId, String actorRole, String action,
        String resourceType, String resourceId, String summary, Map<String, Object> before,
        Map<String, Object> after) {
}
