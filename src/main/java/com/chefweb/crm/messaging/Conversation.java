package com.chefweb.crm.messaging;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The one thread between a customer and a chef. */
public record Conversation(long id, UUID chefUserId, UUID customerUserId, Instant createdAt,
        @Nullable Instant lastMessageAt, String lastMessagePreview) {

    public boolean hasParty(UUID userId) {
        return chefUserId.equals(userId) || customerUserId.equals(userId);
    }
}
