package com.chefweb.notify.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

import com.chefweb.notify.email.EmailOutbox;
import com.chefweb.notify.email.SentEmail;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;

/** What was sent to whom: the admin console's view of outgoing email (snake_case, as the console reads). */
@RestController
@RequestMapping("/api/admin/notifications")
@Access(Level.STAFF)
@Tag(name = "Admin console")
class AdminEmailController {

    private static final Set<String> STATUSES = Set.of("queued", "sent", "logged", "failed");

    private final EmailOutbox outbox;

    AdminEmailController(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    @Operation(summary = "Emails newest first; filter by status (queued, sent, logged, failed), recipient or kind")
    Map<String, Object> list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String recipient,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiProblem.invalid("status", "Use queued, sent, logged or failed");
        }
        return Map.of("notifications", outbox.page(status, recipient, kind, limit, offset).stream()
                        .map(AdminEmailController::view).toList(),
                "total", outbox.count(status, recipient, kind), "limit", limit, "offset", offset);
    }

    @PostMapping("/{id}/resend")
    @Access(Level.ADMIN)
    @Operation(summary = "Send a failed email again")
    Map<String, Object> resend(@PathVariable UUID id) {
        return view(outbox.resend(id));
    }

    private static Map<String, Object> view(SentEmail email) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", email.id());
        view.put("kind", email.kind());
        view.put("channel", "email");
        view.put("recipient", email.recipient());
        view.put("subject", email.subject());
        view.put("body", email.text());
        view.put("status", email.status());
        view.put("attempts", email.attempts());
        view.put("last_error", email.lastError());
        view.put("provider_message_id", email.providerMessageId());
        view.put("created_at", email.createdAt());
        view.put("sent_at", email.sentAt());
        return view;
    }
}
