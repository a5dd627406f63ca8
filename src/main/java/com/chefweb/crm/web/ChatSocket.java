package com.chefweb.crm.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.crm.events.MessageSent;
import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.messaging.Conversation;
import com.chefweb.shared.refusal.Refusal;

/**
 * The app's live chat ({@code /ws/chat/{conversation}/}): messages, typing and read receipts pushed to whoever has
 * the conversation open. A message is saved exactly as over REST (and pushed from the saved one, so REST and socket
 * senders reach the same open chats). Open chats are this instance's: with several instances behind a balancer, a
 * chat on another one sees new messages when it is next opened.
 */
@Component
class ChatSocket extends TextWebSocketHandler {

    static final String CALLER = "chat.caller";
    static final String CONVERSATION = "chat.conversation";
    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    /** As the REST path's limit: sixty messages in fifteen minutes per open chat. */
    private static final int MESSAGES_PER_WINDOW = 60;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_FRAME = 16 * 1024;

    private final ChefConversations conversations;
    private final ChatViews views;
    private final JsonMapper json;
    private final Map<Long, Set<WebSocketSession>> open = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> recentSends = new ConcurrentHashMap<>();

    ChatSocket(ChefConversations conversations, ChatViews views, JsonMapper json) {
        this.conversations = conversations;
        this.views = views;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(MAX_FRAME);
        open.computeIfAbsent(conversationOf(session), id -> ConcurrentHashMap.newKeySet())
                .add(new ConcurrentWebSocketSessionDecorator(session, 5_000, 256 * 1024));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        Set<WebSocketSession> sessions = open.get(conversationOf(session));
        if (sessions != null) {
            sessions.removeIf(open -> open.getId().equals(session.getId()));
        }
        recentSends.remove(session.getId());
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage frame) throws IOException {
        UUID caller = (UUID) session.getAttributes().get(CALLER);
        long conversationId = conversationOf(session);
        JsonNode message;
        try {
            message = json.readTree(frame.getPayload());
        } catch (JacksonException notJson) {
            error(session, "Send JSON such as {\"type\":\"message\",\"content\":\"Hello\"}");
            return;
        }
        String type = message.path("type").asString("");
        try {
            switch (type) {
                case "message" -> {
                    if (!allowedToSend(session)) {
                        error(session, "You're sending a lot of messages. Please wait a few minutes.");
                        return;
                    }
                    JsonNode content = message.get("content");
                    conversations.send(caller, conversationId, content != null && content.isString()
                            ? content.stringValue() : null, null, null, null);
                }
                case "typing" -> {
                    Conversation conversation = conversations.get(caller, conversationId);
                    push(conversationId, session.getId(), Map.of("type", "typing", "user_id",
                            idOf(conversation, caller), "is_typing", message.path("is_typing").asBoolean(false)));
                }
                case "read" -> {
                    Conversation conversation = conversations.get(caller, conversationId);
                    conversations.read(caller, conversationId);
                    push(conversationId, session.getId(), Map.of("type", "read", "reader_id",
                            idOf(conversation, caller)));
                }
                default -> error(session, "Unknown type: send message, typing or read");
            }
        } catch (Refusal refusal) {
            error(session, refusal.getMessage());
        }
    }

    /** Pushes a saved message to the conversation's open chats, once its transaction committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MessageSent sent) {
        if (!open.containsKey(sent.conversationId())) {
            return;
        }
        try {
            Conversation conversation = conversations.get(sent.fromChef() ? sent.chefUserId() : sent.customerUserId(),
                    sent.conversationId());
            conversations.sent(sent.messageId()).ifPresent(message -> push(sent.conversationId(), null,
                    Map.of("type", "message", "message", views.messages(conversation, java.util.List.of(message))
                            .getFirst())));
        } catch (RuntimeException failed) {
            // the message is saved; the open chats show it when next opened
            log.warn("Could not push message {} to open chats: {}", sent.messageId(), failed.toString());
        }
    }

    private void push(long conversationId, @Nullable String exceptSession, Map<String, Object> payload) {
        Set<WebSocketSession> sessions = open.get(conversationId);
        if (sessions == null) {
            return;
        }
        TextMessage frame = new TextMessage(json.writeValueAsString(payload));
        for (WebSocketSession session : sessions) {
            if (session.getId().equals(exceptSession) || !session.isOpen()) {
                continue;
            }
            try {
                session.sendMessage(frame);
            } catch (IOException | IllegalStateException gone) {
                log.debug("Chat session {} is gone: {}", session.getId(), gone.toString());
            }
        }
    }

    private boolean allowedToSend(WebSocketSession session) {
        Deque<Instant> sends = recentSends.computeIfAbsent(session.getId(), id -> new ArrayDeque<>());
        synchronized (sends) {
            Instant now = Instant.now();
            while (!sends.isEmpty() && sends.peekFirst().isBefore(now.minus(WINDOW))) {
                sends.pollFirst();
            }
            if (sends.size() >= MESSAGES_PER_WINDOW) {
                return false;
            }
            sends.addLast(now);
            return true;
        }
    }

    private Object idOf(Conversation conversation, UUID userId) {
        Long id = views.publicIdOf(conversation, userId);
        return id == null ? "" : id;
    }

    private void error(WebSocketSession session, @Nullable String message) throws IOException {
        session.sendMessage(new TextMessage(json.writeValueAsString(Map.of("type", "error", "message",
                message == null ? "Something went wrong" : message))));
    }

    private static long conversationOf(WebSocketSession session) {
        return (Long) session.getAttributes().get(CONVERSATION);
    }
}
