package com.chefweb.payment.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeRefused;
import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;

/**
 * Gives money back: admins' full or partial refunds with a reason, and what a customer's cancellation grants, issued
 * automatically and exactly once. Each refund has an idempotency key recorded in the database and sent to Stripe, so
 * no retry refunds twice. Stripe's charge.refunded event then moves the payment's status.
 */
@Service
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Refunds(PaymentRepository payments, RefundRepository refunds, StripeGateway stripe, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.stripe = stripe;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * An admin's refund.
     *
     * @param amountMinor what to refund; null for everything still refundable
     * @param clientKey the caller's idempotency key; without one, the same payment, amount and reason is the same
     *     refund (send a key to refund the same amount twice on purpose)
     * @throws Refusal 404 for an unknown payment, 400 for a payment not paid or an amount beyond what remains
     */
    public RefundOutcome refund(String paymentIntentId, @Nullable Long amountMinor, String reason,
            @Nullable String clientKey) {
        PaymentRecord payment = transactions.execute(status -> payments.findByIntent(paymentIntentId))
                .orElseThrow(() -> Refusal.notFound("Payment not found"));
        if (!PaymentStatus.fromCode(payment.status()).counts()) {
            throw Refusal.rejected("Only a paid payment can be refunded (this one is " + payment.status() + ")");
        }
        long requested = transactions.execute(status -> refunds.requestedFor(payment.id()));
        long remaining = payment.amount().minorUnits() - Math.max(requested, payment.refunded().minorUnits());
        long amount = amountMinor == null ? payment.amount().minorUnits() - payment.refunded().minorUnits() : amountMinor;
        // the same payment, amount and reason is the same request: a retry must find the first refund
        String key = clientKey != null && !clientKey.isBlank() ? "refund:" + clientKey.strip()
                : "refund:" + payment.id() + ":" + amount + ":" + Digests.sha256Hex(reason);
        var earlier = transactions.execute(status -> refunds.findByKey(key));
        if (earlier.isPresent()) {
            return new RefundOutcome(earlier.get().stripeRefundId(), earlier.get().status(), earlier.get().amountMinor(),
                    payment.paymentIntentId());
        }
        if (amount <= 0 || amount > remaining) {
            throw Refusal.invalid("amount", "Refund between 1 and " + remaining + " cents");
        }
        RefundOutcome outcome = issue(payment, amount, reason, key);
        transactions.executeWithoutResult(status -> AuditableChangeMade.byCurrentStaff("payment.refunded", "payment", payment.id().toString(),
                "Refunded " + new Money(amount, payment.amount().currency()) + " of " + payment.paymentIntentId()
                        + ": " + reason,
                Map.of("refunded_minor", requested), Map.of("refunded_minor", requested + amount), clock.instant())
                        .ifPresent(events::publishEvent));
        return outcome;
    }

    /** A cancellation's refund, spread over the booking's payments, newest first; once per cancellation. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingCancelled cancelled) {
        long due = cancelled.refundDue().minorUnits();
        if (due <= 0) {
            return;
        }
        List<PaymentRecord> paid = transactions.execute(status -> payments.forBooking(cancelled.bookingId())).stream()
                .filter(p -> PaymentStatus.fromCode(p.status()).counts())
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                .toList();
        for (PaymentRecord payment : paid) {
            if (due <= 0) {
                break;
            }
            String key = "cancellation:" + cancelled.bookingId() + ":" + payment.id();
            // a retry counts what earlier runs already refunded under their keys, so it never refunds more
            var earlier = transactions.execute(status -> refunds.findByKey(key));
            if (earlier.isPresent()) {
                due -= earlier.get().amountMinor();
                continue;
            }
            long requested = transactions.execute(status -> refunds.requestedFor(payment.id()));
            long share = Math.min(due, payment.amount().minorUnits() - Math.max(payment.refunded().minorUnits(), requested));
            if (share <= 0) {
                continue;
            }
            try {
                issue(payment, share, "Booking " + cancelled.confirmationNumber() + " cancelled: " + cancelled.reason(),
                        key);
                due -= share;
            } catch (StripeRefused refused) {
                // Stripe refused for good (a disputed charge, say): retrying cannot help
                log.error("Stripe refused the cancellation refund of {} for {}: {}. Refund it by hand",
                        share, payment.paymentIntentId(), refused.getMessage());
            }
        }
        if (due > 0) {
            log.error("Cancellation of {} owes {} more cents than its payments hold; refund by hand",
                    cancelled.confirmationNumber(), due);
        }
    }

    /** Money a booking does not owe (paid after cancellation, or beyond its total) goes back, once. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(UnowedPaymentReceived unowed) {
        PaymentRecord payment = transactions.execute(status -> payments.find(unowed.paymentId())).orElseThrow();
        long requested = transactions.execute(status -> refunds.requestedFor(payment.id()));
        long remaining = payment.amount().minorUnits() - Math.max(payment.refunded().minorUnits(), requested);
        String key = "unowed:" + payment.id();
        if (Math.min(unowed.unowedMinor(), remaining) <= 0 && transactions.execute(status -> refunds.findByKey(key)).isEmpty()) {
            return; // an admin refunded it already
        }
        try {
            // a retry finds the refund under its key and issues nothing more
            issue(payment, Math.min(unowed.unowedMinor(), remaining), unowed.reason(), key);
        } catch (StripeRefused refused) {
            log.error("Stripe refused to refund {} of {}: {}. Refund it by hand", unowed.unowedMinor(),
                    payment.paymentIntentId(), refused.getMessage());
        }
    }

    private RefundOutcome issue(PaymentRecord payment, long amount, String reason, String key) {
        var existing = transactions.execute(status -> refunds.findByKey(key));
        if (existing.isPresent()) {
            return new RefundOutcome(existing.get().stripeRefundId(), existing.get().status(), existing.get().amountMinor(),
                    payment.paymentIntentId());
        }
        StripeGateway.IssuedRefund refund = stripe.refund(payment.paymentIntentId(),
                new Money(amount, payment.amount().currency()), key);
        transactions.executeWithoutResult(status -> refunds.insertIfAbsent(payment.id(), key, refund.refundId(), amount,
                reason, refund.status()));
        log.info("Refunded {} cents of {} ({})", amount, payment.paymentIntentId(), reason);
        return new RefundOutcome(refund.refundId(), refund.status(), amount, payment.paymentIntentId());
    }

    /** A refund as Stripe accepted it. */
    public record RefundOutcome(String refundId, String status, long amountMinor, String paymentIntentId) {
    }
}
