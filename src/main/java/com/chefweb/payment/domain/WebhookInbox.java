package com.chefweb.payment.domain;

import java.time.Clock;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.payment.stripe.StripeSettings;
import com.chefweb.shared.refusal.Refusal;

/**
 * Receives Stripe's webhooks: checks the signature on the raw body (with the timestamp tolerance that stops
 * replays), stores each event once by its id, and answers at once. Applying it happens after the answer.
 */
@Service
public class WebhookInbox {

    private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

    private final WebhookEventRepository inbox;
    private final StripeSettings settings;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    WebhookInbox(WebhookEventRepository inbox, StripeSettings settings, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.inbox = inbox;
        this.settings = settings;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @return true when the event is new, false for a repeat (both are answered 2xx, so Stripe stops resending)
     * @throws Refusal 400 for a missing, wrong or stale signature; 503 without a webhook secret
     */
    @Transactional
    public boolean receive(String payload, String signatureHeader) {
        if (settings.webhookSecret().isEmpty()) {
            throw Refusal.unavailable("Stripe webhooks are not configured");
        }
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw Refusal.rejected("Missing Stripe-Signature header");
        }
        verifySignature(payload, signatureHeader);
        JsonNode event;
        try {
            event = json.readTree(payload);
        } catch (tools.jackson.core.JacksonException notJson) {
            throw Refusal.rejected("Not a Stripe event: the body is not JSON that can be read");
        }
        String id = event.path("id").asString("");
        String type = event.path("type").asString("");
        if (id.isEmpty() || type.isEmpty()) {
            throw Refusal.rejected("Not a Stripe event");
        }
        boolean isNew = inbox.insertIfNew(id, type, payload);
        if (isNew) {
            events.publishEvent(new StripeEventReceived(id));
        } else {
            log.info("Stripe event {} ({}) received again; already stored", id, type);
        }
        return isNew;
    }

    /** Signed with the account endpoint's secret or the Connect endpoint's, within the tolerance. */
    private void verifySignature(String payload, String signatureHeader) {
        String refusal = "no secret";
        for (String secret : settings.webhookSecrets()) {
            try {
                Webhook.Signature.verifyHeader(payload, signatureHeader, secret, settings.webhookTolerance().toSeconds(),
                        clock);
                return;
            } catch (SignatureVerificationException e) {
                refusal = e.getMessage();
            } catch (RuntimeException malformed) {
                // a header that is not Stripe's format at all (a timestamp that is not a number)
                refusal = "malformed header: " + malformed.getMessage();
            }
        }
        log.warn("Refused a Stripe webhook: {}", refusal);
        throw Refusal.rejected("Invalid Stripe signature");
    }
}
