package com.chefweb.notify.email;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An email as recorded: queued, sent, logged (no provider) or failed. */
public record SentEmail(UUID id, String cause, String kind, String recipient, String subject, String text,
        String html, EmailStatus status, int attempts, @Nullable String lastError, @Nullable String providerMessageId,
        Instant createdAt, @Nullable Instant sentAt) {
}
