package com.chefweb.crm.messaging;

import static com.chefweb.crm.jooq.Tables.CONVERSATION;
import static com.chefweb.crm.jooq.Tables.MESSAGE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ChefConversationRepository {

    private final DSLContext db;

    ChefConversationRepository(DSLContext db) {
        this.db = db;
    }

    /** The pair's conversation, opened when there is none (two first messages at once still make one). */
    Conversation open(UUID chefUserId, UUID customerUserId, Instant now) {
        db.insertInto(CONVERSATION).set(CONVERSATION.CHEF_USER_ID, chefUserId)
                .set(CONVERSATION.CUSTOMER_USER_ID, customerUserId).set(CONVERSATION.CREATED_AT, now)
                .onConflictDoNothing().execute();
        return db.selectFrom(CONVERSATION).where(CONVERSATION.CHEF_USER_ID.eq(chefUserId))
                .and(CONVERSATION.CUSTOMER_USER_ID.eq(customerUserId)).fetchOne(ChefConversationRepository::conversation);
    }

    Optional<Conversation> find(long id) {
        return db.selectFrom(CONVERSATION).where(CONVERSATION.ID.eq(id))
                .fetchOptional(ChefConversationRepository::conversation);
    }

    Optional<Conversation> lock(long id) {
        return db.selectFrom(CONVERSATION).where(CONVERSATION.ID.eq(id)).forUpdate()
                .fetchOptional(ChefConversationRepository::conversation);
    }

    /** The caller's conversations on either side, latest message first. */
    List<Conversation> of(UUID userId, int limit) {
        return db.selectFrom(CONVERSATION)
                .where(CONVERSATION.CHEF_USER_ID.eq(userId).or(CONVERSATION.CUSTOMER_USER_ID.eq(userId)))
                .orderBy(CONVERSATION.LAST_MESSAGE_AT.desc().nullsLast(), CONVERSATION.ID.desc()).limit(limit)
                .fetch(ChefConversationRepository::conversation);
    }

    /** The new message's id, or empty when the sender sent one with this idempotency key before. */
    Optional<Long> insert(long conversationId, UUID sender, String content, @Nullable String aboutKind,
            @Nullable Long aboutId, @Nullable String idempotencyKey, Instant now) {
        return db.insertInto(MESSAGE).set(MESSAGE.CONVERSATION_ID, conversationId).set(MESSAGE.SENDER_USER_ID, sender)
                .set(MESSAGE.CONTENT, content).set(MESSAGE.ABOUT_KIND, aboutKind).set(MESSAGE.ABOUT_ID, aboutId)
                .set(MESSAGE.IDEMPOTENCY_KEY, idempotencyKey).set(MESSAGE.SENT_AT, now)
                .onConflictDoNothing()
                .returning(MESSAGE.ID).fetchOptional(MESSAGE.ID);
    }

    Optional<Message> byKey(long conversationId, UUID sender, String idempotencyKey) {
        return messages().where(MESSAGE.CONVERSATION_ID.eq(conversationId)).and(MESSAGE.SENDER_USER_ID.eq(sender))
                .and(MESSAGE.IDEMPOTENCY_KEY.eq(idempotencyKey)).fetchOptional(Records.mapping(Message::new));
    }

    Optional<Message> message(long id) {
        return messages().where(MESSAGE.ID.eq(id)).fetchOptional(Records.mapping(Message::new));
    }

    void touch(long conversationId, String preview, Instant now) {
        db.update(CONVERSATION).set(CONVERSATION.LAST_MESSAGE_AT, now).set(CONVERSATION.LAST_MESSAGE_PREVIEW, preview)
                .where(CONVERSATION.ID.eq(conversationId)).execute();
    }

    /** How many of the sender's messages in the conversation are still unread. */
    int unreadFrom(long conversationId, UUID sender) {
        return db.fetchCount(MESSAGE, MESSAGE.CONVERSATION_ID.eq(conversationId)
                .and(MESSAGE.SENDER_USER_ID.eq(sender)).and(MESSAGE.READ_AT.isNull()));
    }

    /** The messages sent since then, oldest first. */
    List<Message> since(long conversationId, Instant since, int limit) {
        return messages().where(MESSAGE.CONVERSATION_ID.eq(conversationId)).and(MESSAGE.SENT_AT.ge(since))
                .orderBy(MESSAGE.ID).limit(limit).fetch(Records.mapping(Message::new));
    }

    /** The latest messages, oldest first. */
    List<Message> latest(long conversationId, int limit) {
        List<Message> newestFirst = messages().where(MESSAGE.CONVERSATION_ID.eq(conversationId))
                .orderBy(MESSAGE.ID.desc()).limit(limit).fetch(Records.mapping(Message::new));
        return newestFirst.reversed();
    }

    /** Marks what others wrote to the reader as read. */
    int markRead(long conversationId, UUID reader, Instant now) {
        return db.update(MESSAGE).set(MESSAGE.READ_AT, now).where(MESSAGE.CONVERSATION_ID.eq(conversationId))
                .and(MESSAGE.SENDER_USER_ID.ne(reader)).and(MESSAGE.READ_AT.isNull()).execute();
    }

    /** Unread messages to the user per conversation, in the given conversations. */
    Map<Long, Integer> unreadTo(UUID userId, List<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return db.select(MESSAGE.CONVERSATION_ID, DSL.count()).from(MESSAGE)
                .where(MESSAGE.CONVERSATION_ID.in(conversationIds)).and(MESSAGE.SENDER_USER_ID.ne(userId))
                .and(MESSAGE.READ_AT.isNull()).groupBy(MESSAGE.CONVERSATION_ID)
                .fetchMap(MESSAGE.CONVERSATION_ID, DSL.count());
    }

    /** Unread messages to the user where they are the customer (first) and where they are the chef (second). */
    int[] unreadCounts(UUID userId) {
        var row = db.select(
                        DSL.count().filterWhere(CONVERSATION.CUSTOMER_USER_ID.eq(userId)),
                        DSL.count().filterWhere(CONVERSATION.CHEF_USER_ID.eq(userId)))
                .from(MESSAGE).join(CONVERSATION).on(CONVERSATION.ID.eq(MESSAGE.CONVERSATION_ID))
                .where(CONVERSATION.CHEF_USER_ID.eq(userId).or(CONVERSATION.CUSTOMER_USER_ID.eq(userId)))
                .and(MESSAGE.SENDER_USER_ID.ne(userId)).and(MESSAGE.READ_AT.isNull())
                .fetchOne();
        return new int[] {row.value1(), row.value2()};
    }

    private org.jooq.SelectJoinStep<org.jooq.Record8<Long, Long, UUID, String, String, Long, Instant, Instant>>
            messages() {
        return db.select(MESSAGE.ID, MESSAGE.CONVERSATION_ID, MESSAGE.SENDER_USER_ID, MESSAGE.CONTENT,
                MESSAGE.ABOUT_KIND, MESSAGE.ABOUT_ID, MESSAGE.SENT_AT, MESSAGE.READ_AT).from(MESSAGE);
    }

    private static Conversation conversation(com.chefweb.crm.jooq.tables.records.ConversationRecord row) {
        return new Conversation(row.getId(), row.getChefUserId(), row.getCustomerUserId(), row.getCreatedAt(),
                row.getLastMessageAt(), row.getLastMessagePreview());
    }
}
