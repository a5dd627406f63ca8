package com.chefweb.chefs.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.events.WaitlistConfigured;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.chefs.events.WaitlistUnsubscribed;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * Chefs' waitlists: customers ask to hear when a chef opens new events. Each subscription and unsubscription is
 * published once (the CRM notes it; notifications announce new events to subscribers).
 */
@Service
public class Waitlists {

    private final WaitlistRepository waitlists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Waitlists(WaitlistRepository waitlists, ApplicationEventPublisher events, Clock clock) {
        this.waitlists = waitlists;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public WaitlistSettings settings(long chefId) {
        return waitlists.settings(chefId);
    }

    /** Changes what is sent; null keeps it. */
    @Transactional
    public WaitlistSettings configure(long chefId, @Nullable Boolean enabled, @Nullable Integer cooldownHours) {
        WaitlistSettings current = waitlists.settings(chefId);
        if (cooldownHours != null && (cooldownHours < 0 || cooldownHours > 720)) {
            throw Refusal.invalid(java.util.List.of(new FieldProblem("cooldown_hours",
                    "Give the hours between announcements, from 0 to 720 (30 days)")));
        }
        WaitlistSettings next = new WaitlistSettings(enabled == null ? current.enabled() : enabled,
                cooldownHours == null ? current.cooldownHours() : cooldownHours);
        if (!next.equals(current)) {
            Instant now = clock.instant();
            waitlists.saveSettings(chefId, next, now);
            events.publishEvent(new WaitlistConfigured(chefId, next.enabled(), next.cooldownHours(), now));
        }
        return next;
    }

    /** @param viewer the signed-in caller, or null */
    @Transactional(readOnly = true)
    public WaitlistStatus status(long chefId, @Nullable UUID viewer) {
        UUID chefUser = waitlists.chefUser(chefId).filter(user -> waitlists.chefListed(chefId) || user.equals(viewer))
                .orElseThrow(() -> Refusal.notFound("Chef not found"));
        WaitlistSettings settings = waitlists.settings(chefId);
        boolean subscribed = viewer != null && waitlists.subscribed(chefId, viewer);
        boolean canSubscribe = viewer != null && settings.enabled() && !subscribed && !viewer.equals(chefUser);
        // meal events are not sold yet, so no chef has upcoming ones; this count comes from booking's events later
        return new WaitlistStatus(chefId, settings.enabled(), 0, subscribed, canSubscribe,
                waitlists.chefOnBreak(chefId), waitlists.subscribers(chefId));
    }

    /**
     * Puts the customer on the chef's list; already being on it is fine and publishes nothing.
     *
     * @throws Refusal.NotFound for a chef who is not listed
     * @throws Refusal.Rejected when the chef closed the waitlist or the caller is the chef
     */
    @Transactional
    public WaitlistStatus subscribe(long chefId, UUID customer) {
        UUID chefUser = listedChef(chefId);
        if (chefUser.equals(customer)) {
            throw Refusal.rejected("You cannot join your own waitlist");
        }
        if (!waitlists.settings(chefId).enabled()) {
            throw Refusal.rejected("This chef's waitlist is closed");
        }
        Instant now = clock.instant();
        if (waitlists.subscribe(chefId, customer, now)) {
            events.publishEvent(new WaitlistSubscribed(chefId, chefUser, customer, now));
        }
        return status(chefId, customer);
    }

    /** @throws Refusal.NotFound when the customer was not on the list */
    @Transactional
    public void unsubscribe(long chefId, UUID customer) {
        UUID chefUser = waitlists.chefUser(chefId).orElseThrow(() -> Refusal.notFound("Chef not found"));
        Instant now = clock.instant();
        if (!waitlists.unsubscribe(chefId, customer, now)) {
            throw Refusal.notFound("You are not on this chef's waitlist");
        }
        events.publishEvent(new WaitlistUnsubscribed(chefId, chefUser, customer, now));
    }

    private UUID listedChef(long chefId) {
        if (!waitlists.chefListed(chefId)) {
            throw Refusal.notFound("Chef not found");
        }
        return waitlists.chefUser(chefId).orElseThrow(() -> Refusal.notFound("Chef not found"));
    }
}
