package com.chefweb.payment.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.payment.domain.PaymentAdministration;
import com.chefweb.payment.domain.PaymentRecord;
import com.chefweb.payment.domain.Reconciliation;
import com.chefweb.payment.domain.WebhookProcessing;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.payment.domain.PaymentWithBooking;

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
    Payments list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        var rows = administration.page(status, limit, offset).stream().map(PaymentRow::of).toList();
        return new Payments(rows, administration.count(status), limit, offset);
    }

    @GetMapping("/webhooks")
    @Access(Level.ADMIN)
    @Operation(summary = "Stripe events not applied yet, with their attempts and last error")
    PendingWebhooks pendingWebhooks() {
        return new PendingWebhooks(webhooks.unprocessed(200).stream().map(event -> new PendingWebhook(event.id(),
                event.type(), event.receivedAt(), event.attempts(), event.lastError())).toList());
    }

    @PostMapping("/webhooks/{eventId}/replay")
    @Access(Level.ADMIN)
    @Operation(summary = "Apply a stored Stripe event again, now")
    Done replay(@PathVariable String eventId) {
        webhooks.replay(eventId);
        return Done.YES;
    }

    @GetMapping("/reconciliation")
    @Access(Level.ADMIN)
    @Operation(summary = "Payments whose record differs from what Stripe reports")
    Flags reconciliation() {
        return new Flags(reconciliation.openFlags().stream().map(flag -> new Flag(flag.id(), flag.paymentId(),
                flag.paymentIntentId(), flag.foundAt(), flag.ourStatus(), flag.stripeStatus(), flag.ourAmount(),
                flag.stripeAmount(), flag.note())).toList());
    }

    @PostMapping("/reconciliation/{flagId}/resolve")
    @Access(Level.ADMIN)
    @Operation(summary = "Mark a difference as dealt with")
    Done resolve(@PathVariable long flagId) {
        reconciliation.resolve(flagId);
        return Done.YES;
    }

    /** A page of the payments list, with the total the filter matches. */
    record Payments(List<PaymentRow> payments, int total, int limit, int offset) {
    }

    /**
     * A payment as the admin console's payments page reads it.
     *
     * @param amount in cents
     * @param paymentType {@code deposit}, {@code full} or {@code balance}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PaymentRow(UUID id, UUID bookingId, String paymentIntentId, String paymentType, long amount,
            String currency, String status, long refundedAmount, boolean disputed, @Nullable String failureMessage,
            Instant createdAt, Instant updatedAt, String confirmationNumber, String contactName,
            String contactEmail) {

        static PaymentRow of(PaymentWithBooking row) {
            PaymentRecord payment = row.payment();
            return new PaymentRow(payment.id(), payment.bookingId(), payment.paymentIntentId(), payment.purpose(),
                    payment.amount().minorUnits(),
                    payment.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), payment.status(),
                    payment.refunded().minorUnits(), payment.disputed(), payment.failureMessage(),
                    payment.createdAt(), payment.updatedAt(), row.confirmationNumber(), row.contactName(),
                    row.contactEmail());
        }
    }

    record PendingWebhooks(List<PendingWebhook> events) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PendingWebhook(String id, String type, Instant receivedAt, int attempts, @Nullable String lastError) {
    }

    record Flags(List<Flag> flags) {
    }

    /** @param ourAmount in cents, as is {@code stripeAmount} */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Flag(long id, UUID paymentId, String paymentIntentId, Instant foundAt, String ourStatus,
            String stripeStatus, long ourAmount, long stripeAmount, String note) {
    }

    /** What the console reads after an action that returns nothing else. */
    record Done(boolean success) {

        static final Done YES = new Done(true);
    }
}
