package com.chefweb.notify.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.ChefScheduleChanged;
import com.chefweb.chefs.events.WaitlistConfigured;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.chefs.events.WaitlistUnsubscribed;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Chef;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Person;

/**
 * Tells a chef's waitlist about the chef's new meal events: each subscriber once per event, and no more often than
 * the chef's cooldown (an event opened within it is not announced). The list is kept from the chefs module's
 * waitlist events; an event counts as new the first time it is seen open.
 */
@Component
class WaitlistEmails {

    private static final Logger log = LoggerFactory.getLogger(WaitlistEmails.class);

    private final Outbox outbox;
    private final WaitlistCopyRepository waitlists;
    private final MarketplaceFactsRepository facts;
    private final String sender;
    private final String appUrl;
    private final Clock clock;

    WaitlistEmails(Outbox outbox, WaitlistCopyRepository waitlists, MarketplaceFactsRepository facts,
            EmailSettings settings, @Value("${chefweb.marketplace.app-url:http://localhost:5174}") String appUrl,
            Clock clock) {
        this.outbox = outbox;
        this.waitlists = waitlists;
        this.facts = facts;
        this.sender = settings.marketplaceFromName();
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WaitlistSubscribed subscribed) {
        waitlists.subscribe(subscribed.chefId(), subscribed.customerUserId(), subscribed.subscribedAt());
    }

    @ApplicationModuleListener
    void on(WaitlistUnsubscribed unsubscribed) {
        waitlists.unsubscribe(unsubscribed.chefId(), unsubscribed.customerUserId(), unsubscribed.unsubscribedAt());
    }

    @ApplicationModuleListener
    void on(WaitlistConfigured configured) {
        waitlists.configure(configured.chefId(), configured.enabled(), configured.cooldownHours(),
                configured.changedAt());
    }

    @ApplicationModuleListener
    void on(ChefScheduleChanged changed) {
        Instant now = clock.instant();
        if (!changed.kind().equals("meal_event") || !changed.status().equals("open") || changed.startsAt() == null
                || !changed.startsAt().isAfter(now)) {
            return;
        }
        Optional<Chef> known = facts.chef(changed.chefUserId());
        if (known.isEmpty() || waitlists.wasAnnounced(changed.id()).isPresent()) {
            return;
        }
        Chef chef = known.get();
        WaitlistCopyRepository.Setting setting = waitlists.lockSetting(chef.chefId(), now);
        boolean due = setting.enabled() && (setting.lastAnnouncedAt() == null
                || !now.isBefore(setting.lastAnnouncedAt().plus(Duration.ofHours(setting.cooldownHours()))));
        if (!waitlists.firstSeen(changed.id(), chef.userId(), due, now) || !due) {
            return;
        }
        waitlists.announced(chef.chefId(), now);
        int told = 0;
        for (UUID subscriber : waitlists.subscribers(chef.chefId())) {
            Optional<Person> person = facts.person(subscriber);
            if (person.isEmpty()) {
                continue;
            }
            Letter letter = Letter.to(person.get().greeting())
                    .paragraph(chef.displayName() + " has a new meal share you asked to hear about.")
                    .fact("What", changed.title())
                    .fact("When", Letter.when(changed.startsAt(), chef.timeZone()))
                    .action("See it and order", appUrl + "/c/" + (chef.username() == null ? chef.chefId()
                            : chef.username()))
                    .paragraph("You get this because you joined " + chef.displayName() + "'s waitlist; leave it on "
                            + "the chef's page.")
                    .signedBy(sender);
            outbox.queue(new EmailDraft("waitlist-event:" + changed.id() + ":" + subscriber, "waitlist-new-event",
                    person.get().email(), chef.displayName() + " has a new meal share", letter.text(),
                    letter.html()).from(sender));
            told++;
        }
        log.info("Meal share {} of chef {} announced to {} waitlist subscribers", changed.id(), chef.chefId(), told);
    }
}
