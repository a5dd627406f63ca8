package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.stripe.model.PaymentIntent;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeUnavailable;
import com.chefweb.shared.refusal.Refusal;

/**
 * Compares recent payments with Stripe and flags every difference for admins: a status Stripe moved that no webhook
 * reported, or an amount that differs. It does not change payments itself; webhooks and admins do.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final Duration LOOK_BACK = Duration.ofDays(3);
    /** Webhooks usually arrive within seconds; a younger difference is not yet one. */
    private static final Duration GRACE = Duration.ofMinutes(10);

    private final ReconciliationRepository flags;
    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reconciliation(ReconciliationRepository flags, PaymentRepository payments, StripeGateway stripe,
            TransactionTemplate transactions, Clock clock) {
        this.flags = flags;
        this.payments = payments;
        this.stripe = stripe;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.stripe.reconcile-every:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "reconcile-payments")
    void scheduled() {
        if (stripe.configured()) {
            reconcile();
        }
    }

    /** @return how many new differences were flagged */
    public int reconcile() {
        List<PaymentRecord> recent = transactions.execute(status -> flags.recentPayments(clock.instant().minus(LOOK_BACK))
                .stream().map(payments::find).flatMap(java.util.Optional::stream).toList());
        int flagged = 0;
        for (PaymentRecord payment : recent) {
            if (payment.updatedAt().isAfter(clock.instant().minus(GRACE))) {
                continue;
            }
            java.util.Optional<PaymentIntent> found;
            try {
                found = stripe.find(payment.paymentIntentId());
            } catch (StripeUnavailable unreachable) {
                log.warn("Reconciliation stopped: Stripe is not answering");
                return flagged;
            }
            String stripeStatus = found.map(PaymentIntent::getStatus).orElse("unknown");
            long stripeAmount = found.map(PaymentIntent::getAmount).orElse(0L);
            String difference = found.map(intent -> difference(payment, intent))
                    .orElse("Stripe does not know this PaymentIntent");
            if (difference != null && Boolean.TRUE.equals(transactions.execute(status -> flags.flag(payment.id(),
                    payment.status(), stripeStatus, payment.amount().minorUnits(), stripeAmount, difference)))) {
                log.warn("Payment {} differs from Stripe: {}", payment.paymentIntentId(), difference);
                flagged++;
            }
        }
        return flagged;
    }

    public List<ReconciliationFlag> openFlags() {
        return transactions.execute(status -> flags.open());
    }

    public void resolve(long flagId) {
        if (!Boolean.TRUE.equals(transactions.execute(status -> flags.resolve(flagId)))) {
            throw Refusal.notFound("No open reconciliation flag " + flagId);
        }
    }

    private static String difference(PaymentRecord payment, PaymentIntent intent) {
        if (intent.getAmount() != null && intent.getAmount() != payment.amount().minorUnits()) {
            return "Stripe charges " + intent.getAmount() + " but our record says " + payment.amount().minorUnits();
        }
        Set<String> ours = switch (intent.getStatus()) {
            case "succeeded" -> Set.of("succeeded", "partially_refunded", "refunded");
            case "canceled" -> Set.of("canceled", "failed");
            case "processing" -> Set.of("processing", "succeeded", "partially_refunded", "refunded");
            default -> Set.of("requires_payment", "failed", "processing");
        };
        return ours.contains(payment.status()) ? null
                : "Stripe reports " + intent.getStatus() + " but our record says " + payment.status()
                        + " (a webhook may be missing)";
    }
}
