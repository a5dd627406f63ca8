package com.chefweb.payment.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.payment.domain.WebhookInbox;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@Tag(name = "Payments")
class WebhookController {

    private final WebhookInbox inbox;

    WebhookController(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    /** Open to anyone: the Stripe signature over the raw body is the proof, checked before anything is stored. */
    @PostMapping(path = "/api/payments/webhook", consumes = "*/*")
    @Access(Level.PUBLIC)
    @Operation(summary = "Stripe webhooks: signed, stored once by event id, applied after the answer")
    Receipt receive(@RequestBody String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        boolean isNew = inbox.receive(payload, signature);
        return new Receipt(true, !isNew);
    }

    /** @param duplicate whether this event was received before (it is applied once either way) */
    record Receipt(boolean received, boolean duplicate) {
    }
}
