package com.chefweb.shared.audit;

import java.time.Clock;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * Records a change for the audit log when the current actor is an admin or staff member (a customer's own actions and
 * the system's are not audited here). Call it inside the transaction that makes the change.
 */
@Component
public class AuditTrail {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditTrail(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(String action, String resourceType, String resourceId, String summary,
            Map<String, Object> before, Map<String, Object> after) {
        CurrentActor.get().filter(Actor::isStaff).ifPresent(actor -> events.publishEvent(new AuditableChangeMade(
                actor.id(), actor.role(), action, resourceType, resourceId, summary, before, after, clock.instant())));
    }
}
