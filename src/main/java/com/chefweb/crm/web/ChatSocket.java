package com.chefweb.crm.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.crm.messaging.ChatSignals;
import com.chefweb.crm.messaging.ChefConversations;
import com.chefweb.crm.messaging.Conversation;
import com.chefweb.shared.refusal.Refusal;

/**
 * The app's live chat ({@code /ws/chat/{conversation}/}). A message written here is saved exactly as over REST;
 * what the open chats are shown comes from {@link ChatSignals} (PostgreSQL {@code NOTIFY}), so a message, a read or
 * typing reaches the conversation's open chats on every instance, however it was sent.
 *
 * <p>A chat lives no longer than the access token it was opened with (it is closed with 4000, and the app opens it
 * again with a fresh token); pings every half minute find dead connections. Sends go through each session's
 * decorator on virtual threads, so a slow browser delays only itself.
 */
@Component
class ChatSocket extends TextWebSocketHandler {

    static final String CALLER = "chat.caller";
    static final String CONVERSATION = "chat.conversation";
    static final String EXPIRES = "chat.expires";
    private static final String OUT = "chat.out";
    private static final String IN_ORDER = "chat.in-order";
    private static final String LAST_TYPING = "chat.last-typing";
    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    /** The REST path's limit, per person across their open chats: sixty messages in fifteen minutes. */
    private static final int MESSAGES_PER_WINDOW = 60;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration TYPING_EVERY = Duration.ofSeconds(1);
    static final int CHATS_PER_PERSON = 10;
    private static final int MAX_FRAME = 16 * 1024;
    private static final CloseStatus EXPIRED = new CloseStatus(4000, "Signed-in session expired");

    private final ChefConversations conversations;
    private final ChatSignals signals;
    private final ChatViews views;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Long, Set<WebSocketSession>> open = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Instant>> recentSends = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    ChatSocket(ChefConversations conversations, ChatSignals signals, ChatViews views, JsonMapper json, Clock clock) {
        this.conversations = conversations;
        this.signals = signals;
        this.views = views;
        this.json = json;
        this.clock = clock;
    }

    /** How many chats the person has open on this instance. */
    int openBy(UUID caller) {
        return (int) open.values().stream().flatMap(Set::stream).filter(session -> caller.equals(callerOf(session)))
                .count();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        session.setTextMessageSizeLimit(MAX_FRAME);
        session.getAttributes().put(OUT, new ConcurrentWebSocketSessionDecorator(session, 5_000, 256 * 1024));
        session.getAttributes().put(IN_ORDER, new InOrder(senders));
        open.compute(conversationOf(session), (id, sessions) -> {
            Set<WebSocketSession> kept = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            kept.add(session);
            return kept;
        });
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        long conversation = conversationOf(session);
        UUID caller = callerOf(session);
        open.computeIfPresent(conversation, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
        if (session.getAttributes().containsKey(LAST_TYPING) && openIn(conversation, caller) == 0) {
            // whoever was typing in the chat that closed is not typing any more
            quietly(() -> signals.typing(conversation, caller, false));
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage frame) {
        if (expired(session)) {
            close(session, EXPIRED);
            return;
        }
        UUID caller = callerOf(session);
        long conversation = conversationOf(session);
        JsonNode message;
        try {
            message = json.readTree(frame.getPayload());
        } catch (JacksonException notJson) {
            error(session, "Send JSON such as {\"type\":\"message\",\"content\":\"Hello\"}");
            return;
        }
        try {
            switch (message.path("type").asString("")) {
                case "message" -> {
                    if (!allowedToSend(caller)) {
                        error(session, "You're sending a lot of messages. Please wait a few minutes.");
                        return;
                    }
                    JsonNode content = message.get("content");
                    conversations.send(caller, conversation, content != null && content.isString()
                            ? content.stringValue() : null, null, null, null);
                }
                case "typing" -> {
                    Instant now = clock.instant();
                    Instant last = (Instant) session.getAttributes().get(LAST_TYPING);
                    boolean typing = message.path("is_typing").asBoolean(false);
                    if (!typing || last == null || !now.isBefore(last.plus(TYPING_EVERY))) {
                        session.getAttributes().put(LAST_TYPING, now);
                        signals.typing(conversation, caller, typing);
                    }
                }
                case "read" -> conversations.read(caller, conversation);
                default -> error(session, "Unknown type: send message, typing or read");
            }
        } catch (Refusal refusal) {
            error(session, refusal.getMessage());
        } catch (RuntimeException failed) {
            log.warn("Chat frame in conversation {} failed: {}", conversation, failed.toString());
            error(session, "That did not go through; please try again");
        }
    }

    /** Called by {@link ChatRelay} for every signal: pushes it to this instance's open chats of the conversation. */
    void deliver(String signal) {
        String[] parts = signal.split("\\|");
        if (parts.length < 3) {
            return;
        }
        long conversationId = Long.parseLong(parts[1]);
        Set<WebSocketSession> sessions = open.get(conversationId);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        switch (parts[0]) {
            case "m" -> conversations.sent(Long.parseLong(parts[2])).ifPresent(message -> {
                Conversation conversation = conversation(conversationId, message.senderUserId());
                push(sessions, null, Map.of("type", "message", "message",
                        views.messages(conversation, List.of(message)).getFirst()));
            });
            case "r" -> {
                UUID reader = UUID.fromString(parts[2]);
                push(sessions, reader, Map.of("type", "read", "reader_id", idOf(conversationId, reader)));
            }
            case "t" -> {
                UUID user = UUID.fromString(parts[2]);
                push(sessions, user, Map.of("type", "typing", "user_id", idOf(conversationId, user), "is_typing",
                        parts.length > 3 && parts[3].equals("1")));
            }
            default -> log.debug("Unknown chat signal {}", signal);
        }
    }

    /** Closes chats whose sign-in expired and pings the others, so dead connections are found and let go. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void sweep() {
        for (Set<WebSocketSession> sessions : open.values()) {
            for (WebSocketSession session : sessions) {
                if (expired(session)) {
                    close(session, EXPIRED);
                } else {
                    send(session, new PingMessage());
                }
            }
        }
    }

    private void push(Set<WebSocketSession> sessions, @Nullable UUID exceptPerson, Map<String, Object> payload) {
        TextMessage frame = new TextMessage(json.writeValueAsString(payload));
        for (WebSocketSession session : sessions) {
            if (exceptPerson == null || !exceptPerson.equals(callerOf(session))) {
                send(session, frame);
            }
        }
    }

    /** Sends on a virtual thread, after what was sent to the same chat before: a chat sees messages in order. */
    private void send(WebSocketSession session, WebSocketMessage<?> frame) {
        ((InOrder) session.getAttributes().get(IN_ORDER)).execute(() -> {
            try {
                if (session.isOpen()) {
                    ((WebSocketSession) session.getAttributes().get(OUT)).sendMessage(frame);
                }
            } catch (Exception gone) {
                // too slow, or gone: this chat is closed; the others are not held up (the app opens it again)
                log.debug("Chat session {} closed: {}", session.getId(), gone.toString());
                close(session, CloseStatus.SESSION_NOT_RELIABLE);
            }
        });
    }

    private void error(WebSocketSession session, @Nullable String message) {
        send(session, new TextMessage(json.writeValueAsString(Map.of("type", "error", "message",
                message == null ? "Something went wrong" : message))));
    }

    private boolean allowedToSend(UUID caller) {
        Deque<Instant> sends = recentSends.computeIfAbsent(caller, id -> new ArrayDeque<>());
        synchronized (sends) {
            Instant now = clock.instant();
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

    /** Forgets the send counts of people whose window has passed. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void forgetOldSends() {
        Instant cutoff = clock.instant().minus(WINDOW);
        recentSends.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(cutoff);
            }
        });
    }

    private Conversation conversation(long conversationId, UUID party) {
        return conversations.get(party, conversationId);
    }

    private Object idOf(long conversationId, UUID userId) {
        Long id = views.publicIdOf(conversation(conversationId, userId), userId);
        return id == null ? "" : id;
    }

    private int openIn(long conversation, UUID caller) {
        Set<WebSocketSession> sessions = open.get(conversation);
        return sessions == null ? 0 : (int) sessions.stream().filter(s -> caller.equals(callerOf(s))).count();
    }

    private boolean expired(WebSocketSession session) {
        Instant expires = (Instant) session.getAttributes().get(EXPIRES);
        return expires != null && !clock.instant().isBefore(expires);
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (Exception alreadyGone) {
            log.debug("Chat session {} was closed already", session.getId());
        }
    }

    private static void quietly(Runnable signal) {
        try {
            signal.run();
        } catch (RuntimeException failed) {
            log.debug("Chat signal not sent: {}", failed.toString());
        }
    }

    /** Runs one chat's sends one after another, on threads of the given executor. */
    private static final class InOrder implements java.util.concurrent.Executor {

        private final ExecutorService threads;
        private final java.util.Queue<Runnable> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();

        InOrder(ExecutorService threads) {
            this.threads = threads;
        }

        @Override
        public void execute(Runnable send) {
            waiting.add(send);
            drainLater();
        }

        private void drainLater() {
            if (draining.compareAndSet(false, true)) {
                threads.execute(this::drain);
            }
        }

        private void drain() {
            try {
                for (Runnable send = waiting.poll(); send != null; send = waiting.poll()) {
                    send.run();
                }
            } finally {
                draining.set(false);
                if (!waiting.isEmpty()) {
                    drainLater();
                }
            }
        }
    }

    private static UUID callerOf(WebSocketSession session) {
        return (UUID) session.getAttributes().get(CALLER);
    }

    private static long conversationOf(WebSocketSession session) {
        return (Long) session.getAttributes().get(CONVERSATION);
    }

}
