package com.chefweb.chatbot.log;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which conversations an admin wants to read.
 *
 * @param from conversations active at or after this
 * @param to conversations started before this
 */
public record LogQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String intent, @Nullable String flag,
        @Nullable String source, int limit, int offset, @Nullable UUID conversationId) {
}
