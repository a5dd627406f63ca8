package com.chefweb.payment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.payment.domain.PaymentAdministration;
import com.chefweb.payment.domain.PaymentRecord;
import com.chefweb.payment.domain.Reconciliation;
import com.chefweb.payment.domain.WebhookProcessing;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/** The admin console's payments page (snake_case; amounts in cents, as it reads them) and the webhook inbox. */
@RestController
@RequestMapping("/api/admin/payments")
@Access(Level.STAFF)
@Tag(name = "Admin console")
class AdminPaymentController {

    private final PaymentAdministration administration;
    private final WebhookProcessing webhooks;
    private final Reconciliation reconciliation;

    AdminPaymentController(PaymentAdministration administration, WebhookProcessing webhooks,
            Reconciliation reconciliation) {
        this.administration = administration;
        this.webhooks = webhooks;
        this.reconciliation = reconciliation;
    }

    @GetMapping
    @Operation(summary = "Payments newest first, with their booking; filter by status")
    Map<String, Object> list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        var rows = administration.page(status, limit, offset).stream().map(row -> {
            Map<String, Object> view = row(row.payment());
            view.put("confirmation_number", row.confirmationNumber());
            view.put("contact_name", row.contactName());
            view.put("contact_email", row.contactEmail());
            return view;
        }).toList();
        return Map.of("payments", rows, "total", administration.count(status), "limit", limit, "offset", offset);
    }

    @GetMapping("/webhooks")
    @Access(Level.ADMIN)
    @Operation(summary = "Stripe events not applied yet, with their attempts and last error")
    Map<String, Object> pendingWebhooks() {
        return Map.of("events", webhooks.unprocessed(200).stream().map(event -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", event.id());
            view.put("type", event.type());
            view.put("received_at", event.receivedAt());
            view.put("attempts", event.attempts());
            view.put("last_error", event.lastError());
            return view;
        }).toList());
    }

    @PostMapping("/webhooks/{eventId}/replay")
    @Access(Level.ADMIN)
    @Operation(summary = "Apply a stored Stripe event again, now")
    Map<String, Object> replay(@PathVariable String eventId) {
        webhooks.replay(eventId);
        return Map.of("success", true);
    }

    @GetMapping("/reconciliation")
    @Access(Level.ADMIN)
    @Operation(summary = "Payments whose record differs from what Stripe reports")
    Map<String, Object> reconciliation() {
        return Map.of("flags", reconciliation.openFlags().stream().map(flag -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", flag.id());
            view.put("payment_id", flag.paymentId());
            view.put("payment_intent_id", flag.paymentIntentId());
            view.put("found_at", flag.foundAt());
            view.put("our_status", flag.ourStatus());
            view.put("stripe_status", flag.stripeStatus());
            view.put("our_amount", flag.ourAmount());
            view.put("stripe_amount", flag.stripeAmount());
            view.put("note", flag.note());
            return view;
        }).toList());
    }

    @PostMapping("/reconciliation/{flagId}/resolve")
    @Access(Level.ADMIN)
    @Operation(summary = "Mark a difference as dealt with")
    Map<String, Object> resolve(@PathVariable long flagId) {
        reconciliation.resolve(flagId);
        return Map.of("success", true);
    }

    static Map<String, Object> row(PaymentRecord payment) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", payment.id());
        view.put("booking_id", payment.bookingId());
        view.put("payment_intent_id", payment.paymentIntentId());
        view.put("payment_type", payment.purpose());
        view.put("amount", payment.amount().minorUnits());
        view.put("currency", payment.amount().currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT));
        view.put("status", payment.status());
        view.put("refunded_amount", payment.refunded().minorUnits());
        view.put("disputed", payment.disputed());
        view.put("failure_message", payment.failureMessage());
        view.put("created_at", payment.createdAt());
        view.put("updated_at", payment.updatedAt());
        return view;
    }
}
