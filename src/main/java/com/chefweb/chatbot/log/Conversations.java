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

    /** How long this instance trusts its reading of today's tokens before asking the database again. */
    private static final long USAGE_FRESH_FOR_MILLIS = 5_000;

    private final ChatLog log;
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
        this.log = log;
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
    public UUID record(@Nullable UUID conversationId, @Nullable String page, Exchange exchange) {
        Instant now = clock.instant();
        UUID id = transactions.execute(status -> {
            log.relaxDurability();
            UUID conversation = conversationId;
            if (conversation == null || !log.continueConversation(conversation, exchange.intent(), exchange.flags(),
                    now)) {
                conversation = UUID.randomUUID();
                log.startConversation(conversation, page, exchange.askedAt(), exchange.intent(), exchange.flags(), now);
            }
            log.addExchange(conversation, exchange.question(), exchange.askedAt(), exchange.reply(), exchange.intent(),
                    exchange.confidence(), exchange.source(), exchange.latencyMs(), exchange.promptTokens(),
                    exchange.completionTokens(), exchange.flags(), now);
            if (exchange.email() != null || exchange.phone() != null) {
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
                usedToday.set(log.tokensSince(day.atStartOfDay(businessZone).toInstant()));
                usageDay = day;
                usageReadAt = now;
            } finally {
                refreshingUsage.set(false);
            }
        }
        return usedToday.get() < dailyBudget;
    }

    public List<ConversationSummary> page(LogQuery query) {
        return log.conversations(query);
    }

    public int count(LogQuery query) {
        return log.count(query);
    }

    public ConversationWithMessages conversation(UUID id) {
        ConversationSummary summary = log.conversation(id)
                .orElseThrow(() -> Refusal.notFound("Conversation not found"));
        return new ConversationWithMessages(summary, log.messages(id));
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
