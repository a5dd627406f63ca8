package com.chefweb.shared.audit;

import java.time.Instant;
import java.util.Map;

/**
 * An admin or staff member changed something. Any module publishes it beside its own events; the identity module keeps
 * the audit log from it.
 *
 * @param actorId who: a user id or {@code api-key:<id>}
 * @param actorRole their role at the time
 * @param action what, as {@code <resource>.<verb>}, such as {@code package.updated}
 * @param resourceType which kind of resource, such as {@code package}
 * @param resourceId which one
 * @param summary one line a person reads, such as "Signature: adult price 75.00 USD → 80.00 USD"
 * @param before the changed fields' values before (empty for a creation)
 * @param after the changed fields' values after (empty for a deletion)
 */
public record AuditableChangeMade(String actorId, String actorRole, String action, String resourceType,
        String resourceId, String summary, Map<String, Object> before, Map<String, Object> after, Instant occurredAt) {

    public AuditableChangeMade {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }
}
