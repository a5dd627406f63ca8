package com.chefweb.chatbot.privacy;

import static com.chefweb.chatbot.jooq.Tables.CONVERSATION;
import static com.chefweb.chatbot.jooq.Tables.MESSAGE;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chatbot.events.ChatbotPersonalDataAnswered;
import com.chefweb.chatbot.jooq.tables.Conversation;
import com.chefweb.chatbot.jooq.tables.Message;
import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * The chat widget's part of a privacy request. Chats are anonymous (the widget signs nobody in), so a person's chats
 * are those in which they wrote their email address, as they do to leave their details; an erased person's such
 * chats are deleted whole.
 */
@Component
class ChatbotPersonalData {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    ChatbotPersonalData(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        Conversation conversation = CONVERSATION.as("c");
        sections.put("chats", db.select(rows(conversation)).from(conversation)
                .where(conversation.ID.in(chatsNaming(request.email()))).fetchSingle().value1());
        Message message = MESSAGE.as("m");
        sections.put("chat_messages", db.select(rows(message)).from(message)
                .where(message.CONVERSATION_ID.in(chatsNaming(request.email()))).fetchSingle().value1());
        events.publishEvent(new ChatbotPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        int chats = db.deleteFrom(CONVERSATION).where(CONVERSATION.ID.in(chatsNaming(erasure.email()))).execute();
        events.publishEvent(new ChatbotPersonalDataAnswered(erasure.requestId(),
                PersonalRecords.counts(Map.of("chats_deleted", chats))));
    }

    private static Select<Record1<UUID>> chatsNaming(String email) {
        return DSL.selectDistinct(MESSAGE.CONVERSATION_ID).from(MESSAGE)
                .where(MESSAGE.ROLE.eq("user"))
                .and(PersonalRecords.namesAddress(MESSAGE.CONTENT, email));
    }
}
