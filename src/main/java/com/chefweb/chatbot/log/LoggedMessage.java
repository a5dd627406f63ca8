package com.chefweb.chatbot.log;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One message as logged; the assistant's carry what answered them and what it cost.
 *
 * @param source {@code model}, {@code fallback}, {@code validation} or {@code safety}
 */
public record LoggedMessage(String role, String content, @Nullable String intent, @Nullable Double confidence,
        @Nullable String source, @Nullable Integer latencyMs, @Nullable Integer promptTokens,
        @Nullable Integer completionTokens, List<String> flags, Instant at) {
}
