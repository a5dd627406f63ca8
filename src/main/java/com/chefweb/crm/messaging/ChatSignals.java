package com.chefweb.crm.messaging;

import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Tells every instance's open chats what happened in a conversation, through PostgreSQL's {@code NOTIFY} on one
 * channel: sent inside the transaction that saved a message or a read, a signal is delivered only if it commits;
 * typing is sent at once. Each instance listens and pushes to the sockets it holds.
 *
 * <p>Signals name ids only ({@code m|conversation|message}, {@code r|conversation|reader},
 * {@code t|conversation|user|1}); what is pushed is read from the database by the receiving instance.
 */
@Component
public class ChatSignals {

    public static final String CHANNEL = "crm_chat";

    private final DSLContext db;

    ChatSignals(DSLContext db) {
        this.db = db;
    }

    void messageSaved(long conversationId, long messageId) {
        send("m|" + conversationId + "|" + messageId);
    }

    void read(long conversationId, UUID reader) {
        send("r|" + conversationId + "|" + reader);
    }

    public void typing(long conversationId, UUID user, boolean typing) {
        send("t|" + conversationId + "|" + user + "|" + (typing ? 1 : 0));
    }

    private void send(String signal) {
        db.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(signal))).fetch();
    }
}
