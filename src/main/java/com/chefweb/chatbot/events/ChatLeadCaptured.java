package com.chefweb.chatbot.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer left an email address or phone number in the chat: someone to follow up with.
 *
 * @param message what they wrote, as they wrote it (at most 1,000 characters)
 * @param intent what the chatbot took the conversation to be about, such as {@code pricing_question}
 */
public record ChatLeadCaptured(UUID conversationId, @Nullable String email, @Nullable String phone, String message,
        String intent, Instant capturedAt) {
}
