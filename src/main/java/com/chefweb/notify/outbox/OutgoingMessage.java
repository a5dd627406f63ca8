package com.chefweb.notify.outbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message written down to be sent, as the outbox keeps it.
 *
 * @param recipient an email address, or a phone number in E.164 for a text
 * @param subject an email's subject; for a text, a line for the admin view
 * @param html the email's HTML part; empty for a text
 * @param delivery what the carrier finally reported for a text ({@code delivered}, {@code undelivered},
 *     {@code failed}); null until it does, and for emails
 * @param fromName the email's sender name; null for the storefront's
 */
public record OutgoingMessage(UUID id, String cause, String kind, Channel channel, String recipient, String subject,
        String text, String html, MessageStatus status, int attempts, @Nullable String lastError,
        @Nullable String providerMessageId, @Nullable String delivery, @Nullable String deliveryError,
        @Nullable String fromName, Instant createdAt, @Nullable Instant sentAt) {
}
