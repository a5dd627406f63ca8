package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer or a chef wrote in their conversation. Carries what a notification needs, so the recipient can be told
 * without anyone reading the CRM's tables.
 *
 * @param fromChef whether the chef wrote it (else the customer)
 * @param recipientEmail where the recipient is told, when known
 * @param preview the start of the message, as written (plain text: escape it before putting it in HTML)
 * @param firstUnread whether it is the first message the recipient has not read yet: the one worth an email (later
 *     ones arrive in the same thread while it is still unread)
 * @param aboutKind {@code offering} or {@code meal_event} when the message is about one
 */
public record MessageSent(long messageId, long conversationId, UUID chefUserId, UUID customerUserId,
        boolean fromChef, UUID recipientUserId, @Nullable String recipientEmail, String recipientName,
        String senderName, String preview, boolean firstUnread, @Nullable String aboutKind, @Nullable Long aboutId,
        Instant sentAt) {
}
