package com.chefweb.chatbot.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.chatbot.log.ConversationSummary;
import com.chefweb.chatbot.log.Conversations;
import com.chefweb.chatbot.log.Conversations.ConversationWithMessages;
import com.chefweb.chatbot.log.LogQuery;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/** What customers asked the chatbot and how it answered, flagged conversations first. */
@RestController
@Tag(name = "Chat logs", description = "Chatbot conversations for the owner")
class ChatLogController {

    private final Conversations conversations;

    ChatLogController(Conversations conversations) {
        this.conversations = conversations;
    }

    @GetMapping("/api/chatbot/logs")
    @Access(Level.STAFF)
    @Operation(summary = "Conversations, flagged first then newest; filter by days (the business's), intent, flag "
            + "(refused_profanity, refused_harassment, refused_harmful, injection_attempt, low_confidence, allergy, "
            + "frustrated, model_failed, "
            + "price_corrected, budget_exhausted, contact_left) and source (model, fallback, safety, validation)")
    ConversationPage list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String intent,
            @RequestParam(required = false) @Nullable String flag,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Refusal.invalid("from", "The range starts after it ends");
        }
        var zone = conversations.businessZone();
        LogQuery query = new LogQuery(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), blank(intent), blank(flag),
                blank(source), limit, offset, null);
        return new ConversationPage(conversations.page(query), conversations.count(query), limit, offset);
    }

    @GetMapping("/api/chatbot/logs/{conversationId}")
    @Access(Level.STAFF)
    @Operation(summary = "One conversation with all its messages")
    ConversationWithMessages get(@PathVariable UUID conversationId) {
        return conversations.conversation(conversationId);
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record ConversationPage(List<ConversationSummary> conversations, int total, int limit, int offset) {
    }
}
