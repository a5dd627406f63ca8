package com.chefweb.chatbot.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.chatbot.answer.ChatTurn;
import com.chefweb.chatbot.answer.Chatbot;
import com.chefweb.chatbot.answer.Chatbot.ChatReply;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.RateLimited;

/** The storefront's chat widgets: the main one sends its recent history, the legacy one the page it is on. */
@RestController
@Tag(name = "Chatbot", description = "Questions about prices, packages, areas and booking, answered")
class ChatbotController {

    private final Chatbot chatbot;

    ChatbotController(Chatbot chatbot) {
        this.chatbot = chatbot;
    }

    @PostMapping("/api/chatbot/message")
    @Access(Level.PUBLIC)
    @RateLimited("chatbot")
    @Operation(summary = "Ask the assistant; `response` is plain text safe inside HTML (**bold** and newlines aside)")
    ChatReply message(@RequestBody ChatMessage request) {
        List<ChatTurn> history = request.history() == null ? List.of() : request.history().stream()
                .filter(turn -> turn != null && turn.content() != null)
                .map(turn -> new ChatTurn(!"assistant".equals(turn.role()), turn.content()))
                .toList();
        return chatbot.reply(request.message(), history, request.conversationId(), request.page());
    }

    /**
     * @param history the widget's recent turns, oldest first (at most 10 are read, each cut to 500 characters)
     * @param page where the legacy widget is shown
     * @param conversationId the id a previous reply gave, to keep one conversation in the logs
     */
    record ChatMessage(@Nullable String message, @Nullable List<Turn> history, @Nullable String page,
            @JsonAlias("conversation_id") @Nullable UUID conversationId) {
    }

    /** @param role {@code user} or {@code assistant} */
    record Turn(@Nullable String role, @Nullable String content) {
    }
}
