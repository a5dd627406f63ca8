package com.chefweb.notify.web;

import java.util.Set;
import java.util.UUID;
import java.util.List;
import java.time.Instant;

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

import com.chefweb.notify.outbox.Channel;
import com.chefweb.notify.outbox.Filter;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.OutgoingMessage;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;

/** What was sent to whom: the admin console's view of outgoing email and texts (snake_case, as the console reads). */
@RestController
@RequestMapping("/api/admin/notifications")
@Access(Level.STAFF)
@Tag(name = "Admin console")
class AdminEmailController {

    private static final Set<String> STATUSES = Set.of("queued", "sent", "logged", "failed");

    private final Outbox outbox;

    AdminEmailController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "Emails and texts newest first; filter by status (queued, sent, logged, failed), channel "
            + "(email, sms), recipient or kind")
    Notifications list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String channel,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiProblem.invalid("status", "Use queued, sent, logged or failed");
        }
        if (channel != null && Channel.known(channel).isEmpty()) {
            throw ApiProblem.invalid("channel", "Use email or sms");
        }
        Filter filter = new Filter(status, channel, recipient, kind);
        return new Notifications(outbox.page(filter, limit, offset).stream().map(Notification::of).toList(),
                outbox.count(filter), limit, offset);
    }

    @PostMapping("/{id}/resend")
    @Access(Level.ADMIN)
    @Operation(summary = "Send a failed email or text again")
    Notification resend(@PathVariable UUID id) {
        return Notification.of(outbox.resend(id));
    }

    record Notifications(List<Notification> notifications, int total, int limit, int offset) {
    }

    /**
     * One message as the admins' list shows it.
     *
     * @param channel {@code email} or {@code sms}
     * @param subject an email's subject; a text's summary line
     * @param body the plain-text part; a text's words
     * @param status {@code queued}, {@code sent}, {@code logged} or {@code failed}
     * @param delivery what the carrier finally reported for a text: {@code delivered}, {@code undelivered} or
     *     {@code failed}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Notification(UUID id, String kind, String channel, String recipient, String subject, String body,
            String status, int attempts, @Nullable String lastError, @Nullable String providerMessageId,
            @Nullable String delivery, @Nullable String deliveryError, Instant createdAt, @Nullable Instant sentAt) {

        static Notification of(OutgoingMessage message) {
            return new Notification(message.id(), message.kind(), message.channel().code(), message.recipient(),
                    message.subject(), message.text(), message.status().code(), message.attempts(),
                    message.lastError(), message.providerMessageId(), message.delivery(), message.deliveryError(),
                    message.createdAt(), message.sentAt());
        }
    }
}
