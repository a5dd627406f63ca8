package com.chefweb.chatbot.log;

import static com.chefweb.chatbot.jooq.Tables.CONVERSATION;
import static com.chefweb.chatbot.jooq.Tables.MESSAGE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The chatbot's conversations and messages, with what each answer cost. */
@Repository
class ChatLog {

    private final DSLContext db;

    ChatLog(DSLContext db) {
        this.db = db;
    }

    /**
     * Written without waiting for the disk: a crash may lose the last fraction of a second of chat logs, never a
     * customer's booking or payment, and the customer is not kept waiting on a flush.
     */
    void relaxDurability() {
        db.execute("set local synchronous_commit = off");
    }

    /** The conversation whose last reply began like this, if it went on recently. */
    Optional<UUID> findByLastReply(String replyHash, Instant since) {
        return db.select(CONVERSATION.ID).from(CONVERSATION)
                .where(CONVERSATION.LAST_REPLY_HASH.eq(replyHash).and(CONVERSATION.LAST_MESSAGE_AT.ge(since)))
                .orderBy(CONVERSATION.LAST_MESSAGE_AT.desc()).limit(1)
                .fetchOptional(CONVERSATION.ID);
    }

    /** A new conversation, with its first exchange already counted. */
    void startConversation(UUID id, @Nullable String page, Instant startedAt, String intent, Set<String> flags,
            String replyHash, Instant at) {
        db.insertInto(CONVERSATION)
                .set(CONVERSATION.ID, id)
                .set(CONVERSATION.PAGE, page)
                .set(CONVERSATION.STARTED_AT, startedAt)
                .set(CONVERSATION.LAST_MESSAGE_AT, at)
                .set(CONVERSATION.MESSAGE_COUNT, 2)
                .set(CONVERSATION.LAST_INTENT, intent)
                .set(CONVERSATION.FLAGS, flags.stream().sorted().toArray(String[]::new))
                .set(CONVERSATION.LAST_REPLY_HASH, replyHash)
                .execute();
    }

    /** One more exchange in a conversation: counted, and its flags merged into the conversation's. */
    boolean continueConversation(UUID id, String intent, Set<String> flags, String replyHash, Instant at) {
        return db.update(CONVERSATION)
                .set(CONVERSATION.LAST_REPLY_HASH, replyHash)
                .set(CONVERSATION.MESSAGE_COUNT, CONVERSATION.MESSAGE_COUNT.plus(2))
                .set(CONVERSATION.LAST_MESSAGE_AT, at)
                .set(CONVERSATION.LAST_INTENT, intent)
                .set(CONVERSATION.FLAGS, DSL.field("(select coalesce(array_agg(distinct f order by f), '{}') from"
                        + " unnest({0} || {1}::text[]) f)", String[].class, CONVERSATION.FLAGS,
                        DSL.val(flags.toArray(String[]::new))))
                .where(CONVERSATION.ID.eq(id))
                .execute() == 1;
    }

    /** The question and its answer, in one statement. */
    void addExchange(UUID conversationId, String question, Instant askedAt, String reply, String intent,
            double confidence, String source, int latencyMs, int promptTokens, int completionTokens,
            Set<String> flags, Instant at) {
        db.insertInto(MESSAGE, MESSAGE.CONVERSATION_ID, MESSAGE.ROLE, MESSAGE.CONTENT, MESSAGE.INTENT,
                        MESSAGE.CONFIDENCE, MESSAGE.SOURCE, MESSAGE.LATENCY_MS, MESSAGE.PROMPT_TOKENS,
                        MESSAGE.COMPLETION_TOKENS, MESSAGE.FLAGS, MESSAGE.CREATED_AT)
                .values(conversationId, "user", question, null, null, null, null, null, null, new String[0], askedAt)
                .values(conversationId, "assistant", reply, intent,
                        BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP), source, latencyMs,
                        promptTokens, completionTokens, flags.stream().sorted().toArray(String[]::new), at)
                .execute();
    }

    /**
     * Tokens the model used from this moment on, read from the messages themselves: no counter row that every
     * exchange would have to lock in turn.
     */
    long tokensSince(Instant since) {
        return db.select(DSL.coalesce(DSL.sum(DSL.coalesce(MESSAGE.PROMPT_TOKENS, 0)
                        .plus(DSL.coalesce(MESSAGE.COMPLETION_TOKENS, 0))), java.math.BigDecimal.ZERO))
                .from(MESSAGE).where(MESSAGE.CREATED_AT.ge(since).and(MESSAGE.ROLE.eq("assistant")))
                .fetchOne(0, Long.class);
    }

    List<ConversationSummary> conversations(LogQuery query) {
        return db.select(CONVERSATION.ID, CONVERSATION.SESSION_ID, CONVERSATION.PAGE, CONVERSATION.STARTED_AT,
                        CONVERSATION.LAST_MESSAGE_AT, CONVERSATION.MESSAGE_COUNT, CONVERSATION.LAST_INTENT,
                        CONVERSATION.FLAGS,
                        DSL.select(MESSAGE.CONTENT).from(MESSAGE)
                                .where(MESSAGE.CONVERSATION_ID.eq(CONVERSATION.ID).and(MESSAGE.ROLE.eq("user")))
                                .orderBy(MESSAGE.ID).limit(1).asField("first_message"))
                .from(CONVERSATION)
                .where(condition(query))
                .orderBy(DSL.field("cardinality({0}) > 0", Boolean.class, CONVERSATION.FLAGS).desc(),
                        CONVERSATION.LAST_MESSAGE_AT.desc(), CONVERSATION.ID)
                .limit(query.limit()).offset(query.offset())
                .fetch(row -> new ConversationSummary(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7(), List.of(row.value8()), (String) row.get(8)));
    }

    int count(LogQuery query) {
        return db.fetchCount(CONVERSATION, condition(query));
    }

    Optional<ConversationSummary> conversation(UUID id) {
        return conversations(new LogQuery(null, null, null, null, null, 1, 0, id)).stream().findFirst();
    }

    List<LoggedMessage> messages(UUID conversationId) {
        return db.selectFrom(MESSAGE).where(MESSAGE.CONVERSATION_ID.eq(conversationId)).orderBy(MESSAGE.ID)
                .fetch(row -> new LoggedMessage(row.getRole(), row.getContent(), row.getIntent(),
                        row.getConfidence() == null ? null : row.getConfidence().doubleValue(), row.getSource(),
                        row.getLatencyMs(), row.getPromptTokens(), row.getCompletionTokens(),
                        List.of(row.getFlags()), row.getCreatedAt()));
    }

    private static Condition condition(LogQuery query) {
        Condition condition = DSL.noCondition();
        if (query.conversationId() != null) {
            condition = condition.and(CONVERSATION.ID.eq(query.conversationId()));
        }
        if (query.from() != null) {
            condition = condition.and(CONVERSATION.LAST_MESSAGE_AT.ge(query.from()));
        }
        if (query.to() != null) {
            condition = condition.and(CONVERSATION.STARTED_AT.lt(query.to()));
        }
        if (query.flag() != null) {
            condition = condition.and(DSL.condition("{0} @> {1}::text[]", CONVERSATION.FLAGS,
                    DSL.val(new String[] {query.flag()})));
        }
        if (query.intent() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(MESSAGE).where(MESSAGE.CONVERSATION_ID
                    .eq(CONVERSATION.ID).and(MESSAGE.INTENT.eq(query.intent())))));
        }
        if (query.source() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(MESSAGE).where(MESSAGE.CONVERSATION_ID
                    .eq(CONVERSATION.ID).and(MESSAGE.SOURCE.eq(query.source())))));
        }
        return condition;
    }
}
