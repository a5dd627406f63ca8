package com.chefweb.chatbot.log;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A conversation in the admins' list: when, how long, what about, what to notice, how it began. */
public record ConversationSummary(UUID id, @Nullable String sessionId, @Nullable String page, Instant startedAt,
        Instant lastMessageAt, int messageCount, @Nullable String lastIntent, List<String> flags,
        @Nullable String firstMessage) {
}
