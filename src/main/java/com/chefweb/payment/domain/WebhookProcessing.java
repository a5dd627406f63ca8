package com.chefweb.payment.domain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.shared.refusal.Refusal;

/**
 * Applies stored Stripe events, each exactly once. A failure is recorded on the event (admins see it) and the
 * application is retried: the event publication stays incomplete and is resubmitted later, with the delay of
 * {@code chefweb.events.resubmit-after}. After too many attempts the event waits for an admin's replay.
 */
@Service
public class WebhookProcessing {

    private static final Logger log = LoggerFactory.getLogger(WebhookProcessing.class);

    private final WebhookEventRepository inbox;
    private final StripeEventApplier applier;
    private final TransactionTemplate transaction;
    private final int maxAttempts;

    WebhookProcessing(WebhookEventRepository inbox, StripeEventApplier applier, PlatformTransactionManager transactions,
            @Value("${chefweb.stripe.webhook-max-attempts:10}") int maxAttempts) {
        this.inbox = inbox;
        this.applier = applier;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxAttempts = maxAttempts;
    }

    /**
     * After the inbox commits, asynchronously. Not one transaction around everything: a failure is recorded after the
     * failed attempt has rolled back and released the event's row.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(StripeEventReceived received) {
        process(received.eventId(), false);
    }

    /** An admin applies a stuck event again, now. */
    public void replay(String eventId) {
        process(eventId, true);
    }

    @Transactional(readOnly = true)
    public List<StoredStripeEvent> unprocessed(int limit) {
        return inbox.unprocessed(limit);
    }

    private void process(String eventId, boolean byAdmin) {
        try {
            transaction.executeWithoutResult(status -> {
                StoredStripeEvent event = inbox.lock(eventId)
                        .orElseThrow(() -> Refusal.notFound("Stripe event not found"));
                if (event.processedAt() == null) {
                    applier.apply(event.type(), event.payload());
                    inbox.markProcessed(eventId);
                }
            });
        } catch (Refusal.NotFound notFound) {
            throw notFound;
        } catch (RuntimeException e) {
            Integer attempts = transaction.execute(status -> inbox.recordFailure(eventId, e.getMessage()));
            log.warn("Applying Stripe event {} failed, attempt {}: {}", eventId, attempts, e.getMessage());
            if (byAdmin || attempts == null || attempts < maxAttempts) {
                throw e;
            }
            log.error("Giving up on Stripe event {} after {} attempts; an admin can replay it", eventId, attempts);
        }
    }
}
