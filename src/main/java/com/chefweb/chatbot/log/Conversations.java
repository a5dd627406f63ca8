package com.chefweb.chatbot.log;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.chatbot.events.ChatLeadCaptured;
import com.chefweb.shared.refusal.Refusal;

/**
 * Every exchange with the chat widget, logged for the owner (PRD 5.1.6), and the day's model tokens against the
 * budget. Logging happens after the answer is known, in its own short transaction; it never holds a connection while
 * the model thinks.
 */
@Service
public class Conversations {

    /** A message after a longer silence starts a new conversation. */
    private static final java.time.Duration CONVERSATION_GAP = java.time.Duration.ofHours(2);
    /** The widget cuts each history turn to this many characters. */
    private static final int HISTORY_CHARS = 500;

    /** How long this instance trusts its reading of today's tokens before asking the database again. */
    private static final long USAGE_FRESH_FOR_MILLIS = 5_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Conversations.class);

    private final ChatLog chatLog;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ZoneId businessZone;
    private final Clock clock;
    private final AtomicLong usedToday = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean refreshingUsage =
            new java.util.concurrent.atomic.AtomicBoolean();
    private volatile LocalDate usageDay = LocalDate.MIN;
    private volatile long usageReadAt;

    Conversations(ChatLog log, TransactionTemplate transactions, ApplicationEventPublisher events,
            @Value("${chefweb.media.business-time-zone:America/Los_Angeles}") ZoneId businessZone, Clock clock) {
        this.chatLog = log;
        this.transactions = transactions;
        this.events = events;
        this.businessZone = businessZone;
        this.clock = clock;
    }

    /**
     * Logs one exchange and announces a lead when the customer left contact details.
     *
     * @param conversationId the id the widget sent back, if any; an unknown one starts a new conversation
     * @return the conversation's id, to send back to the widget
     */
    public UUID record(@Nullable UUID conversationId, @Nullable String lastReply, @Nullable String page,
            Exchange exchange) {
        Instant now = clock.instant();
        String replyHash = replyHash(exchange.reply());
        boolean lead = exchange.email() != null || exchange.phone() != null;
        UUID id = transactions.execute(status -> {
            if (!lead) {
                // a lead is announced in this transaction and must survive a crash; plain chat logs need not
                chatLog.relaxDurability();
            }
            UUID conversation = conversationId;
            if (conversation == null && lastReply != null) {
                conversation = chatLog.findByLastReply(replyHash(lastReply), now.minus(CONVERSATION_GAP)).orElse(null);
            }
            if (conversation == null || !chatLog.continueConversation(conversation, exchange.intent(), exchange.flags(),
                    replyHash, now)) {
                conversation = UUID.randomUUID();
                chatLog.startConversation(conversation, page, exchange.askedAt(), exchange.intent(), exchange.flags(),
                        replyHash, now);
            }
            chatLog.addExchange(conversation, exchange.question(), exchange.askedAt(), exchange.reply(), exchange.intent(),
                    exchange.confidence(), exchange.source(), exchange.latencyMs(), exchange.promptTokens(),
                    exchange.completionTokens(), exchange.flags(), now);
            if (lead) {
                events.publishEvent(new ChatLeadCaptured(conversation, exchange.email(), exchange.phone(),
                        exchange.question(), exchange.intent(), now));
            }
            return conversation;
        });
        long tokens = (long) exchange.promptTokens() + exchange.completionTokens();
        if (tokens > 0) {
            usedToday.addAndGet(tokens);
        }
        return id;
    }

    /**
     * Whether the model may still be asked today. One request at a time reads the day's total from the database
     * (every few seconds); the others meanwhile go by this instance's running count, so a burst of conversations
     * does not queue for connections to read the same number.
     */
    public boolean withinBudget(long dailyBudget) {
        LocalDate day = today();
        long now = clock.millis();
        boolean stale = !day.equals(usageDay) || now - usageReadAt > USAGE_FRESH_FOR_MILLIS;
        if (stale && refreshingUsage.compareAndSet(false, true)) {
            try {
                long before = usedToday.get();
                long stored = chatLog.tokensSince(day.atStartOfDay(businessZone).toInstant());
                // what this instance added while the database was read is not lost
                usedToday.addAndGet(stored - before);
                usageDay = day;
                usageReadAt = now;
            } catch (RuntimeException e) {
                log.warn("Could not read today's chatbot token use; going by this instance's count", e);
                usageReadAt = now;
            } finally {
                refreshingUsage.set(false);
            }
        }
        return usedToday.get() < dailyBudget;
    }

    public List<ConversationSummary> page(LogQuery query) {
        return chatLog.conversations(query);
    }

    public int count(LogQuery query) {
        return chatLog.count(query);
    }

    public ConversationWithMessages conversation(UUID id) {
        ConversationSummary summary = chatLog.conversation(id)
                .orElseThrow(() -> Refusal.notFound("Conversation not found"));
        return new ConversationWithMessages(summary, chatLog.messages(id));
    }

    private static String replyHash(String reply) {
        return com.chefweb.shared.crypto.Digests.sha256Hex(reply.length() > HISTORY_CHARS
                ? reply.substring(0, HISTORY_CHARS) : reply);
    }

    public ZoneId businessZone() {
        return businessZone;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), businessZone);
    }

    /**
     * One question and its reply.
     *
     * @param email contact details the customer left in the question, if any
     */
    public record Exchange(String question, Instant askedAt, String reply, String intent, double confidence,
            String source, int latencyMs, int promptTokens, int completionTokens, Set<String> flags,
            @Nullable String email, @Nullable String phone) {
    }

    public record ConversationWithMessages(ConversationSummary conversation, List<LoggedMessage> messages) {
    }
}
