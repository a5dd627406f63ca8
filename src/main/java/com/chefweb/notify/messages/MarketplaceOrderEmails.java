package com.chefweb.notify.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.MarketplaceOrderCancelled;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Chef;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Order;
import com.chefweb.notify.messages.MarketplaceFactsRepository.Person;
import com.chefweb.payment.events.MarketplaceOrderPaid;
import com.chefweb.payment.events.MarketplaceOrderRefunded;
import com.chefweb.shared.scheduling.RetryLater;

/**
 * Emails about marketplace orders: the customer's receipt and the chef's new-order alert once paid, the cancellation
 * to both, and the refund to the customer. Each is written once per cause, however often its event is delivered;
 * the chef's alert names the customer's allergies first.
 */
@Component
class MarketplaceOrderEmails {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceOrderEmails.class);
    /**
     * How long a fact waits for the copies it needs before it is let go: within the event registry's own retries
     * (about 25 minutes), so a fact with no copy ends with a warning rather than an abandoned publication.
     */
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private final Outbox outbox;
    private final MarketplaceFactsRepository facts;
    private final String sender;
    private final Clock clock;

    MarketplaceOrderEmails(Outbox outbox, MarketplaceFactsRepository facts, EmailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.facts = facts;
        this.sender = settings.marketplaceFromName();
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderPaid paid) {
        Optional<Order> known = order(paid.orderId(), paid.paidAt());
        Optional<Person> buyer = known.flatMap(order -> person(order.customerUserId(), paid.paidAt()));
        if (buyer.isEmpty()) {
            return;
        }
        Order order = known.get();
        Person customer = buyer.get();
        facts.markPaid(order.orderId(), paid.paidAt());
        if (order.cancelledAt() != null) {
            // cancelled before the payment was heard: payment refunds it, and the refund email says so
            log.info("Order {} was paid after it was cancelled; no receipt", order.orderId());
            return;
        }
        String chef = chefName(order.chefUserId());
        Letter receipt = Letter.to(customer.greeting())
                .paragraph("Thank you! " + chef + " has your order, and it is paid.")
                .fact("Order", "#" + order.number())
                .fact("What", order.description())
                .fact("Paid", Letter.money(paid.amount()))
                .paragraph("You can see it, or cancel it while the chef's policy allows, under your orders.")
                .signedBy(sender);
        outbox.queue(new EmailDraft("order-receipt:" + order.orderId(), "order-receipt", customer.email(),
                "Your order #" + order.number() + " with " + chef + " is confirmed", receipt.text(),
                receipt.html()).from(sender));

        // the chef's copy is waited for as the customer's is, so the alert is not lost (the receipt is not sent twice:
        // each email has its own cause)
        person(order.chefUserId(), paid.paidAt()).ifPresent(chefAccount -> {
            Letter alert = Letter.to(chefAccount.greeting());
            if (!customer.allergies().isEmpty()) {
                alert.paragraph("Allergies: " + String.join(", ", customer.allergies()));
            }
            alert.paragraph(customer.greeting() + " ordered from you, and paid.")
                    .fact("Order", "#" + order.number())
                    .fact("What", order.description())
                    .fact("Paid", Letter.money(paid.amount()))
                    .fact("Your share", Letter.money(paid.amount().minus(paid.platformFee())))
                    .signedBy(sender);
            outbox.queue(new EmailDraft("order-alert:" + order.orderId(), "new-order-alert", chefAccount.email(),
                    "New order #" + order.number() + ": " + oneLine(order.description()), alert.text(),
                    alert.html()).from(sender));
        });
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderCancelled cancelled) {
        Optional<Order> known = order(cancelled.orderId(), cancelled.cancelledAt());
        Optional<Person> buyer = known.flatMap(order -> person(order.customerUserId(), cancelled.cancelledAt()));
        if (buyer.isEmpty()) {
            return;
        }
        Order order = known.get();
        Person customer = buyer.get();
        facts.markCancelled(order.orderId(), cancelled.cancelledAt());
        String chef = chefName(order.chefUserId());
        Letter letter = Letter.to(customer.greeting())
                .paragraph("Your order #" + order.number() + " with " + chef + " is cancelled: "
                        + cancelled.reason() + ".")
                .fact("What", order.description())
                .paragraph("If you had paid, the full amount is refunded to your card; we will write when the refund "
                        + "is on its way.")
                .signedBy(sender);
        outbox.queue(new EmailDraft("order-cancelled:" + order.orderId(), "order-cancelled", customer.email(),
                "Order #" + order.number() + " cancelled", letter.text(), letter.html()).from(sender));
        person(order.chefUserId(), cancelled.cancelledAt()).ifPresent(chefAccount -> {
            Letter alert = Letter.to(chefAccount.greeting())
                    .paragraph("Order #" + order.number() + " from " + customer.greeting() + " is cancelled: "
                            + cancelled.reason() + ".")
                    .fact("What", order.description())
                    .signedBy(sender);
            outbox.queue(new EmailDraft("order-cancelled-chef:" + order.orderId(), "order-cancelled",
                    chefAccount.email(), "Order #" + order.number() + " cancelled", alert.text(), alert.html()).from(sender));
        });
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderRefunded refunded) {
        Optional<Order> known = order(refunded.orderId(), refunded.refundedAt());
        Optional<Person> buyer = known.flatMap(order -> person(order.customerUserId(), refunded.refundedAt()));
        if (buyer.isEmpty()) {
            return;
        }
        Order order = known.get();
        Person customer = buyer.get();
        Letter letter = Letter.to(customer.greeting())
                .paragraph("We refunded " + Letter.money(refunded.amount()) + " for order #" + order.number()
                        + " to the card you paid with. Banks usually show it within 5 to 10 business days.")
                .fact("What", order.description())
                .signedBy(sender);
        outbox.queue(new EmailDraft("order-refunded:" + order.orderId(), "order-refunded", customer.email(),
                "Refund for order #" + order.number(), letter.text(), letter.html()).from(sender));
    }

    /**
     * The copy of the order, waiting for it a while (its announcement may come a moment later); a fact about an
     * order placed before notifications kept copies is not written about.
     */
    private Optional<Order> order(UUID orderId, Instant factAt) {
        Optional<Order> order = facts.order(orderId);
        if (order.isEmpty() && recent(factAt)) {
            throw new RetryLater("Notifications have no copy of marketplace order " + orderId + " yet");
        }
        if (order.isEmpty()) {
            log.warn("No copy of marketplace order {}; nothing written about it", orderId);
        }
        return order;
    }

    private Optional<Person> person(UUID userId, Instant factAt) {
        Optional<Person> person = facts.person(userId);
        if (person.isEmpty() && recent(factAt)) {
            throw new RetryLater("Notifications have no copy of account " + userId + " yet");
        }
        if (person.isEmpty()) {
            log.warn("No copy of account {}; nothing written to it", userId);
        }
        return person;
    }

    private String chefName(UUID userId) {
        return facts.chef(userId).map(Chef::displayName).orElse("Your chef");
    }

    private boolean recent(Instant factAt) {
        return factAt.isAfter(clock.instant().minus(PATIENCE));
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 80) : flat;
    }
}
