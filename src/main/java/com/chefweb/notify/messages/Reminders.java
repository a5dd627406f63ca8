package com.chefweb.notify.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.notify.messages.MarketplaceFactsRepository.Order;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Person;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.TextDraft;
import com.chefweb.shared.money.Money;

/**
 * Reminders, looked for every few minutes by one instance at a time: the party reminder the day before (from the
 * configured hour, in the venue's time zone), the balance reminder a few days before the balance is due, and the
 * day-before reminder to each paid marketplace order. Each is queued with a cause naming what it reminds of and
 * when (a moved party is reminded of again), so however often or on however many instances this runs, a reminder
 * goes out once.
 */
@Component
@EnableConfigurationProperties(ReminderSettings.class)
public class Reminders {

    /** Far enough ahead to hold "tomorrow" in every time zone. */
    private static final Duration TWO_DAYS = Duration.ofHours(50);

    private final BookingFactsRepository bookings;
    private final MarketplaceFactsRepository marketplace;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final String sender;
    private final String marketplaceSender;
    private final Clock clock;

    Reminders(BookingFactsRepository bookings, MarketplaceFactsRepository marketplace, Outbox outbox,
            ReminderSettings settings, EmailSettings emailSettings, Clock clock) {
        this.bookings = bookings;
        this.marketplace = marketplace;
        this.outbox = outbox;
        this.settings = settings;
        this.sender = emailSettings.fromName();
        this.marketplaceSender = emailSettings.marketplaceFromName();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.notify.reminders.look-every:PT10M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "send-reminders", lockAtMostFor = "PT5M")
    void scheduled() {
        queueDue();
    }

    /** Queues every reminder that is due and not yet queued. @return how many were looked at */
    @Transactional
    public int queueDue() {
        Instant now = clock.instant();
        int looked = 0;
        for (BookingFacts party : bookings.startingBetween(now, now.plus(TWO_DAYS))) {
            if (isTomorrow(party.eventStart(), party.timeZone(), now)) {
                remindOfParty(party);
                looked++;
            }
        }
        for (BookingFacts party : bookings.balanceDueBetween(now, now.plus(settings.balanceNotice()))) {
            long owed = party.total().minorUnits() - bookings.paidMinor(party.bookingId());
            if (owed > 0 && party.balanceDueAt() != null) {
                remindOfBalance(party, Money.ofMinor(owed, party.total().currency().getCurrencyCode()));
                looked++;
            }
        }
        for (Order order : marketplace.paidServedBetween(now, now.plus(TWO_DAYS))) {
            if (order.servesAt() != null && isTomorrow(order.servesAt(), order.timeZone(), now)) {
                marketplace.person(order.customerUserId()).ifPresent(customer -> remindOfOrder(order, customer));
                looked++;
            }
        }
        return looked;
    }

    /** Whether {@code start} falls tomorrow where it happens, and today there is late enough to say so. */
    private boolean isTomorrow(Instant start, @Nullable String timeZone, Instant now) {
        ZoneId zone = Texts.zone(timeZone);
        ZonedDateTime localNow = now.atZone(zone);
        return start.atZone(zone).toLocalDate().equals(localNow.toLocalDate().plusDays(1))
                && localNow.getHour() >= settings.dayBeforeFromHour();
    }

    void remindOfParty(BookingFacts party) {
        String when = Letter.when(party.eventStart(), party.timeZone());
        Letter letter = Letter.to(party.contactName())
                .paragraph("Your hibachi party is tomorrow. Our chef will arrive about 30 minutes before the start "
                        + "to set up.")
                .fact("Booking", party.confirmationNumber())
                .fact("Starts", when)
                .fact("Guests", String.valueOf(party.guests()));
        if (party.allergies() != null) {
            letter.paragraph("We have your allergy note (" + party.allergies() + ") and the chef has it too.");
        }
        letter.paragraph("Need to change something? Reply to this email or look up your booking on our site.")
                .signedBy(sender);
        String moment = ":" + party.eventStart().getEpochSecond();
        outbox.queue(new EmailDraft("event-reminder:" + party.bookingId() + moment, "event-reminder",
                party.contactEmail(), "Tomorrow: your party (booking " + party.confirmationNumber() + ")",
                letter.text(), letter.html()));
        if (party.smsPhone() != null) {
            outbox.queue(new TextDraft("event-reminder-sms:" + party.bookingId() + moment, "event-reminder-sms",
                    party.smsPhone(), "Party reminder for " + party.confirmationNumber(),
                    Texts.text(sender, "Reminder: your party for " + party.guests() + " is tomorrow, "
                            + Texts.when(party.eventStart(), party.timeZone()) + ". Booking "
                            + party.confirmationNumber() + ".")));
        }
    }

    void remindOfBalance(BookingFacts party, Money owed) {
        Instant due = party.balanceDueAt();
        boolean cardOnFile = "deposit".equals(party.paymentOption());
        String how = cardOnFile ? "We will charge it to the card you paid the deposit with on "
                + Letter.when(due, party.timeZone()) + "; nothing to do unless you want to pay another way."
                : "Please pay it by " + Letter.when(due, party.timeZone())
                        + " with the payment link we sent you, or reply and we will send a new one.";
        Letter letter = Letter.to(party.contactName())
                .paragraph("The balance for your party is due soon.")
                .fact("Booking", party.confirmationNumber())
                .fact("Party", Letter.when(party.eventStart(), party.timeZone()))
                .fact("Balance", Letter.money(owed))
                .paragraph(how)
                .signedBy(sender);
        String moment = ":" + due.getEpochSecond();
        outbox.queue(new EmailDraft("balance-reminder:" + party.bookingId() + moment, "balance-reminder",
                party.contactEmail(), "Balance due: booking " + party.confirmationNumber(), letter.text(),
                letter.html()));
        if (party.smsPhone() != null) {
            outbox.queue(new TextDraft("balance-reminder-sms:" + party.bookingId() + moment, "balance-reminder-sms",
                    party.smsPhone(), "Balance reminder for " + party.confirmationNumber(),
                    Texts.text(sender, "The " + Letter.money(owed) + " balance for booking "
                            + party.confirmationNumber() + " is due " + Texts.when(due, party.timeZone())
                            + (cardOnFile ? "; we will charge your card on file." : "; see your email to pay."))));
        }
    }

    void remindOfOrder(Order order, Person customer) {
        Instant servesAt = order.servesAt();
        String chef = marketplace.chef(order.chefUserId()).map(MarketplaceFactsRepository.Chef::displayName)
                .orElse("Your chef");
        Letter letter = Letter.to(customer.greeting())
                .paragraph("A reminder: " + chef + " serves your order tomorrow.")
                .fact("Order", "#" + order.number())
                .fact("What", order.description())
                .fact("When", Letter.when(servesAt, order.timeZone()))
                .paragraph("You can message " + chef + " from your orders if something has changed.")
                .signedBy(marketplaceSender);
        outbox.queue(new EmailDraft("order-reminder:" + order.orderId() + ":" + servesAt.getEpochSecond(),
                "order-reminder", customer.email(), "Tomorrow: order #" + order.number() + " with " + chef,
                letter.text(), letter.html()).from(marketplaceSender));
    }
}
