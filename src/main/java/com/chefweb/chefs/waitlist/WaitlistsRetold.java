package com.chefweb.chefs.waitlist;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.chefs.events.WaitlistConfigured;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.shared.scheduling.OneOffJobs;

/**
 * Announces every open waitlist subscription and every chef's waitlist settings once more, once per database, with
 * their original times: notifications began keeping waitlists after some customers had joined, and would otherwise
 * never tell them of a chef's new meal share. Listeners keep the latest word per customer, so this changes nothing
 * they already knew, and an unsubscription made since stays in force.
 */
@Component
class WaitlistsRetold {

    private final WaitlistRepository waitlists;
    private final ApplicationEventPublisher events;
    private final OneOffJobs oneOff;
    private final TransactionTemplate transactions;

    WaitlistsRetold(WaitlistRepository waitlists, ApplicationEventPublisher events, OneOffJobs oneOff,
            TransactionTemplate transactions) {
        this.waitlists = waitlists;
        this.events = events;
        this.oneOff = oneOff;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void retell() {
        oneOff.runOnce("chefs: waitlists retold for notifications", () -> transactions.executeWithoutResult(status -> {
            waitlists.changedSettings().forEach(settings -> events.publishEvent(new WaitlistConfigured(
                    settings.chefId(), settings.enabled(), settings.cooldownHours(), settings.changedAt())));
            waitlists.openSubscriptions().forEach(open -> events.publishEvent(new WaitlistSubscribed(open.chefId(),
                    open.chefUser(), open.customer(), open.subscribedAt())));
        }));
    }
}
