package com.chefweb.identity.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * An admin or staff member changed something. The module where the change happened publishes it in the change's
 * transaction; identity keeps the audit log from it. The audit log is identity's, so the record lives here and every
 * module that audits depends on identity's events (identity depends on no module). The before and after values are
 * the one map in an event: an audit entry records whatever fields the change touched.
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

    /**
     * The change made by the current request's actor, when that actor is an admin or staff member: a customer's own
     * actions and the system's are not audited here.
     */
    public static Optional<AuditableChangeMade> byCurrentStaff(String action, String resourceType, String resourceId,
            String summary, Map<String, Object> before, Map<String, Object> after, Instant at) {
        return CurrentActor.get().filter(Actor::isStaff).map(actor -> new AuditableChangeMade(actor.id(), actor.role(),
                action, resourceType, resourceId, summary, before, after, at));
    }
}
