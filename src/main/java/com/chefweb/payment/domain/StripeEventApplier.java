package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.payment.stripe.StripeGateway.ConnectedAccount;
import com.chefweb.shared.money.Money;
import com.chefweb.payment.events.DisputeOpened;
import com.chefweb.payment.events.PaymentFailed;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.payment.events.RefundIssued;

/**
 * Applies one stored Stripe event to the payment it concerns, inside the caller's transaction and under the
 * payment's row lock. Status only moves forward, so events that arrive twice or out of order leave every payment in
 * its right final state.
 */
@Component
class StripeEventApplier {

    private static final Logger log = LoggerFactory.getLogger(StripeEventApplier.class);

    private final PaymentRepository payments;
    private final BookingDueRepository dues;
    private final ReconciliationRepository flags;
    private final ChefPayoutAccounts payoutAccounts;
    private final MarketplaceOrders marketplaceOrders;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    StripeEventApplier(PaymentRepository payments, BookingDueRepository dues, ReconciliationRepository flags,
            ChefPayoutAccounts payoutAccounts, MarketplaceOrders marketplaceOrders, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.payoutAccounts = payoutAccounts;
        this.marketplaceOrders = marketplaceOrders;
        this.payments = payments;
        this.dues = dues;
        this.flags = flags;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    void apply(String type, String payload) {
        JsonNode event = json.readTree(payload);
        JsonNode object = event.path("data").path("object");
        switch (type) {
            case "account.updated" -> payoutAccounts.apply(payoutAccount(object),
                    Instant.ofEpochSecond(event.path("created").asLong(clock.instant().getEpochSecond())));
            case "payment_intent.succeeded" -> succeeded(object);
            case "payment_intent.payment_failed" -> failed(object);
            case "charge.refunded" -> refunded(object);
            case "charge.dispute.created" -> disputed(object);
            default -> log.debug("Ignoring Stripe event type {}", type);
        }
    }

    private void succeeded(JsonNode intent) {
        if (isMarketplaceOrder(intent)) {
            marketplaceOrders.paid(UUID.fromString(intent.path("metadata").path("order_id").asString()),
                    intent.path("id").asString());
            return;
        }
        PaymentRecord payment = paymentOf(intent);
        // taken first: another payment of the same booking applied meanwhile waits, and then counts this one
        Optional<BookingDue> due = dues.lock(payment.bookingId());
        String card = intent.path("payment_method").asString("");
        if (!card.isEmpty()) {
            payments.recordCard(payment.id(), card);
        }
        if (!move(payment, PaymentStatus.SUCCEEDED, payment.refunded().minorUnits(), null)) {
            return;
        }
        Money total = due.map(BookingDue::total).orElse(payment.amount());
        Money paid = payments.paidFor(payment.bookingId(), total.currency());
        if (due.map(BookingDue::cancelled).orElse(false)) {
            giveBack(payment, payment.amount().minorUnits(), "Paid after the booking was cancelled");
        } else if (paid.compareTo(total) > 0) {
            giveBack(payment, Math.min(paid.minus(total).minorUnits(), payment.amount().minorUnits()),
                    "Paid beyond the booking's total");
        }
        events.publishEvent(new PaymentSucceeded(payment.id(), payment.bookingId(), payment.paymentPurpose(),
                payment.amount(), paid.compareTo(total) >= 0, clock.instant()));
    }

    /** Flags money the booking does not owe for admins to see, and has it refunded (after commit, once). */
    private void giveBack(PaymentRecord payment, long unowedMinor, String reason) {
        flags.flag(payment.id(), PaymentStatus.SUCCEEDED.code(), "succeeded", payment.amount().minorUnits(),
                payment.amount().minorUnits(), reason + ": " + new Money(unowedMinor, payment.amount().currency())
                        + " refunded automatically");
        log.warn("Payment {} of booking {}: {}; refunding {}", payment.paymentIntentId(), payment.bookingId(), reason,
                new Money(unowedMinor, payment.amount().currency()));
        events.publishEvent(new UnowedPaymentReceived(payment.id(), payment.paymentIntentId(), payment.bookingId(),
                unowedMinor, reason));
    }

    private void failed(JsonNode intent) {
        if (isMarketplaceOrder(intent)) {
            // the customer is still on Stripe's page and can try another card; the order stays awaiting payment
            log.info("A payment for marketplace order {} failed", intent.path("metadata").path("order_id").asString());
            return;
        }
        PaymentRecord payment = paymentOf(intent);
        String reason = intent.path("last_payment_error").path("message").asString("The payment failed");
        if (move(payment, PaymentStatus.FAILED, payment.refunded().minorUnits(), reason)) {
            events.publishEvent(new PaymentFailed(payment.id(), payment.bookingId(), payment.paymentPurpose(),
                    payment.amount(), reason));
        }
    }

    private void refunded(JsonNode charge) {
        if (marketplaceOrders.refunded(charge.path("payment_intent").asString(), charge.path("amount_refunded").asLong(0))) {
            return;
        }
        PaymentRecord payment = payment(charge.path("payment_intent").asString());
        long refundedMinor = Math.max(charge.path("amount_refunded").asLong(0), payment.refunded().minorUnits());
        boolean full = refundedMinor >= payment.amount().minorUnits();
        PaymentStatus next = full ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        boolean more = refundedMinor > payment.refunded().minorUnits();
        PaymentStatus current = PaymentStatus.fromCode(payment.status());
        if (!more && !current.mayMoveTo(next)) {
            return;
        }
        PaymentStatus status = current.mayMoveTo(next) ? next : current;
        payments.updateStatus(payment.id(), status, refundedMinor, payment.failureMessage());
        events.publishEvent(new RefundIssued(payment.id(), payment.bookingId(), payment.paymentPurpose(), payment.amount(),
                new Money(refundedMinor, payment.amount().currency()), full));
    }

    private void disputed(JsonNode dispute) {
        if (marketplaceOrders.disputed(dispute.path("payment_intent").asString(), dispute.path("amount").asLong(0),
                dispute.path("reason").asString("unknown"))) {
            return;
        }
        PaymentRecord payment = payment(dispute.path("payment_intent").asString());
        if (payment.disputed()) {
            return;
        }
        payments.markDisputed(payment.id());
        events.publishEvent(new DisputeOpened(payment.id(), payment.bookingId(),
                new Money(dispute.path("amount").asLong(payment.amount().minorUnits()), payment.amount().currency()),
                dispute.path("reason").asString("unknown")));
        log.warn("Payment {} of booking {} is disputed: respond in Stripe", payment.paymentIntentId(), payment.bookingId());
    }

    private static boolean isMarketplaceOrder(JsonNode intent) {
        String type = intent.path("metadata").path("order_type").asString("");
        return (type.equals("chef_meal") || type.equals("service"))
                && !intent.path("metadata").path("order_id").asString("").isEmpty();
    }

    private static ConnectedAccount payoutAccount(JsonNode account) {
        JsonNode requirements = account.path("requirements");
        List<String> due = new ArrayList<>();
        requirements.path("currently_due").forEach(item -> due.add(item.asString()));
        String disabled = requirements.path("disabled_reason").asString("");
        return new ConnectedAccount(account.path("id").asString(),
                account.path("charges_enabled").asBoolean(false), account.path("payouts_enabled").asBoolean(false),
                account.path("details_submitted").asBoolean(false), disabled.isEmpty() ? null : disabled, due);
    }

    /** Moves the payment forward; false when the event is older news than what is stored. */
    private boolean move(PaymentRecord payment, PaymentStatus next, long refundedMinor, String failure) {
        PaymentStatus current = PaymentStatus.fromCode(payment.status());
        if (!current.mayMoveTo(next)) {
            log.info("Payment {} stays {} (event would make it {})", payment.paymentIntentId(), current.code(), next.code());
            return false;
        }
        payments.updateStatus(payment.id(), next, refundedMinor, failure);
        return true;
    }

    /**
     * The payment a PaymentIntent event is about, locked. A PaymentIntent made by a Stripe Checkout page (a payment
     * link) is first heard of here: its metadata names the booking and purpose, and it is recorded now.
     */
    private PaymentRecord paymentOf(JsonNode intent) {
        String intentId = intent.path("id").asString();
        JsonNode metadata = intent.path("metadata");
        String bookingId = metadata.path("booking_id").asString("");
        String purpose = metadata.path("purpose").asString("");
        if (payments.findByIntent(intentId).isEmpty() && "booking".equals(metadata.path("order_type").asString(""))
                && purpose.matches("deposit|full|balance") && !bookingId.isEmpty() && intent.path("amount").asLong(0) > 0) {
            UUID booking = UUID.fromString(bookingId);
            if (dues.find(booking).isPresent()) {
                payments.insertIfAbsent(UUID.randomUUID(), booking, purpose,
                        Money.ofMinor(intent.path("amount").asLong(), intent.path("currency").asString("usd")
                                .toUpperCase(Locale.ROOT)),
                        PaymentStatus.REQUIRES_PAYMENT, intentId, intent.path("customer").asString(null));
                log.info("Recorded PaymentIntent {} for the {} of booking {}, paid through a checkout page", intentId,
                        purpose, bookingId);
            }
        }
        return payment(intentId);
    }

    /** The payment, locked; an unknown one is retried later (Stripe can be faster than our own record of it). */
    private PaymentRecord payment(String paymentIntentId) {
        Optional<PaymentRecord> payment = payments.lockByIntent(paymentIntentId);
        return payment.orElseThrow(() -> new UnknownPayment(paymentIntentId));
    }

    static final class UnknownPayment extends RuntimeException {
        UnknownPayment(String paymentIntentId) {
            super("No payment is recorded for PaymentIntent " + paymentIntentId + " yet");
        }
    }
}
