package com.chefweb.crm.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One message in a conversation, as written (plain text).
 *
 * @param aboutKind {@code offering} or {@code meal_event} when it is about one
 * @param readAt when the recipient opened the conversation after it arrived
 */
public record Message(long id, long conversationId, UUID senderUserId, String content, @Nullable String aboutKind,
        @Nullable Long aboutId, Instant sentAt, @Nullable Instant readAt) {
}
