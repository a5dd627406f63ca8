package com.chefweb.notify.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.TwilioSignatures;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;

/**
 * What Twilio tells us about texts: each text's fate, and customers' replies (STOP, START). Open to anyone, because
 * Twilio's signature over the exact address and form is the proof, checked before anything changes.
 */
@RestController
@Tag(name = "Notifications")
@Access(Level.PUBLIC)
class TwilioWebhookController {

    /** An empty TwiML answer: nothing to text back (Twilio confirms STOP and START itself). */
    private static final String NO_REPLY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final Outbox outbox;
    private final TwilioSignatures signatures;

    TwilioWebhookController(Outbox outbox, TwilioSignatures signatures) {
        this.outbox = outbox;
        this.signatures = signatures;
    }

    @PostMapping(path = "/api/webhooks/twilio/status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "Twilio's status callback: records whether a text was delivered (signed by Twilio)")
    ResponseEntity<Void> status(@RequestParam Map<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature) {
        if (!signatures.statusCallbackSigned(form, signature)) {
            throw ApiProblem.forbidden("This request is not signed by Twilio");
        }
        String sid = form.get("MessageSid");
        String status = form.get("MessageStatus");
        if (sid == null || sid.isBlank() || status == null || status.isBlank()) {
            throw ApiProblem.invalid("MessageSid", "MessageSid and MessageStatus are required");
        }
        outbox.heardDelivery(sid, status, form.get("ErrorCode"));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/webhooks/twilio/inbound", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Operation(summary = "A customer's text to our number: STOP ends texts to them, START resumes (signed by Twilio)")
    ResponseEntity<String> reply(@RequestParam Map<String, String> form,
            @RequestHeader(name = "X-Twilio-Signature", required = false) @Nullable String signature) {
        if (!signatures.replySigned(form, signature)) {
            throw ApiProblem.forbidden("This request is not signed by Twilio");
        }
        String from = form.get("From");
        if (from == null || !from.matches("\\+[1-9][0-9]{6,14}")) {
            throw ApiProblem.invalid("From", "From must be a phone number in E.164");
        }
        outbox.heardReply(from, form.getOrDefault("Body", ""));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(NO_REPLY);
    }
}
