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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.PongMessage;
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
import com.chefweb.crm.messaging.Message;
import com.chefweb.shared.refusal.Refusal;

/**
 * The app's live chat ({@code /ws/chat/{conversation}/}). A message written here is saved exactly as over REST;
 * what the open chats are shown comes from {@link ChatSignals} (PostgreSQL {@code NOTIFY}), so a message, a read or
 * typing reaches the conversation's open chats on every instance, however it was sent.
 *
 * <p>A chat that opens is first sent what was written in the last two minutes (the app keeps each message once, by
 * id), so a chat opened again after a dropped connection misses nothing. A chat lives a minute past the access
 * token it was opened with (the app has refreshed its token by then and opens it again); one that stops answering
 * pings is closed. Sends go out in order per chat on virtual threads, so a slow browser delays only itself, and one
 * that falls far behind is closed.
 */
@Component
class ChatSocket extends TextWebSocketHandler implements DisposableBean {

    static final String CALLER = "chat.caller";
    static final String CONVERSATION = "chat.conversation";
    static final String EXPIRES = "chat.expires";
    private static final String OUT = "chat.out";
    private static final String IN_ORDER = "chat.in-order";
    private static final String TYPING = "chat.typing";
    private static final String LAST_TYPING = "chat.last-typing";
    private static final String LAST_PONG = "chat.last-pong";
    private static final Logger log = LoggerFactory.getLogger(ChatSocket.class);
    /** The REST path's limit, per person across their open chats: sixty messages in fifteen minutes. */
    private static final int MESSAGES_PER_WINDOW = 60;
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration TYPING_EVERY = Duration.ofSeconds(1);
    private static final Duration REPLAYED = Duration.ofMinutes(2);
    /** The app refreshes an expired access token within half a minute (it polls), so a chat outlives it a minute. */
    private static final Duration TOKEN_GRACE = Duration.ofMinutes(1);
    private static final Duration SILENT_FOR = Duration.ofSeconds(75);
    static final int CHATS_PER_PERSON = 10;
    static final int FRAMES_BEHIND = 200;
    private static final int MAX_FRAME = 16 * 1024;
    private static final CloseStatus EXPIRED = new CloseStatus(4000, "Signed-in session expired");

    private final ChefConversations conversations;
    private final ChatSignals signals;
    private final ChatViews views;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Long, Set<WebSocketSession>> open = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Instant>> recentSends = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** Signals of one conversation are worked through in order, off the relay's thread. */
    private final Map<Long, InOrder> signalsOf = new ConcurrentHashMap<>();

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
        session.getAttributes().put(IN_ORDER, new InOrder(threads));
        session.getAttributes().put(LAST_PONG, clock.instant());
        long conversation = conversationOf(session);
        open.compute(conversation, (id, sessions) -> {
            Set<WebSocketSession> kept = sessions == null ? ConcurrentHashMap.newKeySet() : sessions;
            kept.add(session);
            return kept;
        });
        replay(session, conversation);
    }

    /** What was written lately, for a chat opened again after its connection dropped; the app keeps each once. */
    private void replay(WebSocketSession session, long conversationId) {
        UUID caller = callerOf(session);
        try {
            List<Message> recent = conversations.messagesSince(caller, conversationId,
                    clock.instant().minus(REPLAYED));
            if (!recent.isEmpty()) {
                Conversation conversation = conversations.get(caller, conversationId);
                for (Object message : views.messages(conversation, recent)) {
                    send(session, frame(Map.of("type", "message", "message", message)));
                }
            }
        } catch (RuntimeException failed) {
            log.warn("Recent messages of conversation {} not replayed: {}", conversationId, failed.toString());
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        long conversation = conversationOf(session);
        UUID caller = callerOf(session);
        open.computeIfPresent(conversation, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
        if (Boolean.TRUE.equals(session.getAttributes().get(TYPING)) && openIn(conversation, caller) == 0) {
            // whoever was typing in the chat that closed is not typing any more
            quietly(() -> signals.typing(conversation, caller, false));
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        session.getAttributes().put(LAST_PONG, clock.instant());
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
                case "typing" -> typing(session, conversation, caller, message.path("is_typing").asBoolean(false));
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

    /** Only a change is signalled, and at most once a second: typing cannot be used to flood the signals. */
    private void typing(WebSocketSession session, long conversation, UUID caller, boolean typing) {
        boolean was = Boolean.TRUE.equals(session.getAttributes().get(TYPING));
        Instant now = clock.instant();
        Instant last = (Instant) session.getAttributes().get(LAST_TYPING);
        if (typing == was || last != null && now.isBefore(last.plus(TYPING_EVERY))) {
            return;
        }
        session.getAttributes().put(TYPING, typing);
        session.getAttributes().put(LAST_TYPING, now);
        signals.typing(conversation, caller, typing);
    }

    /**
     * Called by {@link ChatRelay} for every signal; the work (reading the message, naming the people) is done on a
     * virtual thread, in order per conversation, so the relay only hands signals on.
     */
    void deliver(String signal) {
        String[] parts = signal.split("\\|");
        if (parts.length < 3 || !parts[1].matches("\\d{1,18}")) {
            return;
        }
        long conversationId = Long.parseLong(parts[1]);
        if (!open.containsKey(conversationId)) {
            return;
        }
        signalsOf.computeIfAbsent(conversationId, id -> new InOrder(threads)).execute(() -> {
            try {
                push(conversationId, parts);
            } catch (RuntimeException failed) {
                log.warn("Chat signal {} not pushed: {}", signal, failed.toString());
            }
        });
    }

    private void push(long conversationId, String[] parts) {
        Set<WebSocketSession> sessions = open.get(conversationId);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        switch (parts[0]) {
            case "m" -> conversations.sent(Long.parseLong(parts[2])).ifPresent(message -> {
                Conversation conversation = conversations.get(message.senderUserId(), conversationId);
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
            default -> log.debug("Unknown chat signal {}", String.join("|", parts));
        }
    }

    /** The relay listened again after losing its connection: the chats reopen and get what they missed. */
    void signalsMayHaveBeenMissed() {
        for (Set<WebSocketSession> sessions : open.values()) {
            for (WebSocketSession session : sessions) {
                close(session, CloseStatus.SERVICE_RESTARTED);
            }
        }
    }

    /**
     * Closes chats whose sign-in expired or that stopped answering pings, and pings the others. Also forgets idle
     * conversations' signal queues and send counts whose window has passed.
     */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void sweep() {
        Instant now = clock.instant();
        for (Set<WebSocketSession> sessions : open.values()) {
            for (WebSocketSession session : sessions) {
                Instant pong = (Instant) session.getAttributes().get(LAST_PONG);
                if (expired(session)) {
                    close(session, EXPIRED);
                } else if (pong != null && now.isAfter(pong.plus(SILENT_FOR))) {
                    close(session, CloseStatus.SESSION_NOT_RELIABLE);
                } else {
                    send(session, new PingMessage());
                }
            }
        }
        signalsOf.keySet().removeIf(conversation -> !open.containsKey(conversation));
        Instant cutoff = now.minus(WINDOW);
        recentSends.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(cutoff);
            }
        });
    }

    private void push(Set<WebSocketSession> sessions, @Nullable UUID exceptPerson, Map<String, Object> payload) {
        TextMessage frame = frame(payload);
        for (WebSocketSession session : sessions) {
            if (exceptPerson == null || !exceptPerson.equals(callerOf(session))) {
                send(session, frame);
            }
        }
    }

    /** Sends on a virtual thread, after what was sent to the same chat before: a chat sees messages in order. */
    private void send(WebSocketSession session, WebSocketMessage<?> frame) {
        InOrder inOrder = (InOrder) session.getAttributes().get(IN_ORDER);
        if (inOrder.waiting() > FRAMES_BEHIND) {
            // a browser this far behind is not reading: closed, it opens again and catches up
            close(session, CloseStatus.SESSION_NOT_RELIABLE);
            return;
        }
        inOrder.execute(() -> {
            try {
                if (session.isOpen()) {
                    ((WebSocketSession) session.getAttributes().get(OUT)).sendMessage(frame);
                }
            } catch (Exception gone) {
                log.debug("Chat session {} closed: {}", session.getId(), gone.toString());
                close(session, CloseStatus.SESSION_NOT_RELIABLE);
            }
        });
    }

    private TextMessage frame(Map<String, Object> payload) {
        return new TextMessage(json.writeValueAsString(payload));
    }

    private void error(WebSocketSession session, @Nullable String message) {
        send(session, frame(Map.of("type", "error", "message", message == null ? "Something went wrong" : message)));
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

    private Object idOf(long conversationId, UUID userId) {
        Long id = views.publicIdOf(conversations.get(userId, conversationId), userId);
        return id == null ? "" : id;
    }

    private int openIn(long conversation, UUID caller) {
        Set<WebSocketSession> sessions = open.get(conversation);
        return sessions == null ? 0 : (int) sessions.stream().filter(s -> caller.equals(callerOf(s))).count();
    }

    private boolean expired(WebSocketSession session) {
        Instant expires = (Instant) session.getAttributes().get(EXPIRES);
        return expires != null && !clock.instant().isBefore(expires.plus(TOKEN_GRACE));
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
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

    /** Runs tasks one after another, on threads of the given executor. */
    private static final class InOrder implements java.util.concurrent.Executor {

        private final ExecutorService threads;
        private final java.util.Queue<Runnable> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();

        InOrder(ExecutorService threads) {
            this.threads = threads;
        }

        int waiting() {
            return count.get();
        }

        @Override
        public void execute(Runnable task) {
            waiting.add(task);
            count.incrementAndGet();
            drainLater();
        }

        private void drainLater() {
            if (draining.compareAndSet(false, true)) {
                try {
                    threads.execute(this::drain);
                } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                    draining.set(false);
                }
            }
        }

        private void drain() {
            try {
                for (Runnable task = waiting.poll(); task != null; task = waiting.poll()) {
                    count.decrementAndGet();
                    task.run();
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
