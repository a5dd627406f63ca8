package com.chefweb.crm.privacy;

import static com.chefweb.crm.jooq.Tables.CONNECTION;
import static com.chefweb.crm.jooq.Tables.CONTACT_INQUIRY;
import static com.chefweb.crm.jooq.Tables.CONVERSATION;
import static com.chefweb.crm.jooq.Tables.FAVORITE;
import static com.chefweb.crm.jooq.Tables.HOUSEHOLD_MEMBER;
import static com.chefweb.crm.jooq.Tables.LEAD;
import static com.chefweb.crm.jooq.Tables.LEAD_INTERACTION;
import static com.chefweb.crm.jooq.Tables.MESSAGE;
import static com.chefweb.crm.jooq.Tables.PERSON;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.crm.events.CrmPersonalDataAnswered;
import com.chefweb.crm.jooq.tables.Connection;
import com.chefweb.crm.jooq.tables.ContactInquiry;
import com.chefweb.crm.jooq.tables.Conversation;
import com.chefweb.crm.jooq.tables.Favorite;
import com.chefweb.crm.jooq.tables.HouseholdMember;
import com.chefweb.crm.jooq.tables.Lead;
import com.chefweb.crm.jooq.tables.LeadInteraction;
import com.chefweb.crm.jooq.tables.Message;
import com.chefweb.crm.jooq.tables.Person;
import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * The CRM's part of a privacy request: the person as chefs see them, every chef's lead on them (by account or by
 * email, chat and contact-form leads too), their messages and their contact-form messages. An erased person's leads
 * are closed and emptied; what they wrote is replaced by a marker, so a chef's side of a conversation still reads.
 */
@Component
class CrmPersonalData {

    static final String ERASED_TEXT = "[erased]";

    private final DSLContext db;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CrmPersonalData(DSLContext db, ApplicationEventPublisher events, Clock clock) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        UUID userId = request.userId();
        Lead lead = LEAD.as("l");
        sections.put("leads", db.select(rows(lead)).from(lead)
                .where(leadsOf(lead, userId, request.email())).fetchSingle().value1());
        LeadInteraction interaction = LEAD_INTERACTION.as("i");
        sections.put("lead_timeline", db.select(rows(interaction)).from(interaction)
                .where(interaction.LEAD_ID.in(leadIds(userId, request.email()))).fetchSingle().value1());
        HouseholdMember member = HOUSEHOLD_MEMBER.as("h");
        sections.put("household_members", db.select(rows(member)).from(member)
                .where(member.LEAD_ID.in(leadIds(userId, request.email()))).fetchSingle().value1());
        ContactInquiry inquiry = CONTACT_INQUIRY.as("q");
        sections.put("contact_messages", db.select(rows(inquiry, "admin_notes")).from(inquiry)
                .where(DSL.lower(inquiry.EMAIL).eq(request.email())).fetchSingle().value1());
        if (userId != null) {
            Person person = PERSON.as("p");
            sections.put("person", db.select(rows(person)).from(person)
                    .where(person.USER_ID.eq(userId)).fetchSingle().value1());
            Message message = MESSAGE.as("m");
            sections.put("messages", db.select(rows(message)).from(message)
                    .where(message.CONVERSATION_ID.in(conversationsOf(userId))).fetchSingle().value1());
            Conversation conversation = CONVERSATION.as("c");
            sections.put("conversations", db.select(rows(conversation)).from(conversation)
                    .where(conversation.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            Connection connection = CONNECTION.as("n");
            sections.put("connections", db.select(rows(connection)).from(connection)
                    .where(connection.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            Favorite favorite = FAVORITE.as("f");
            sections.put("favorite_chefs", db.select(rows(favorite)).from(favorite)
                    .where(favorite.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
        }
        events.publishEvent(new CrmPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        UUID userId = erasure.userId();
        var now = clock.instant();
        counts.put("household_members", db.deleteFrom(HOUSEHOLD_MEMBER)
                .where(HOUSEHOLD_MEMBER.LEAD_ID.in(leadIds(userId, erasure.email()))).execute());
        counts.put("lead_timeline_entries", db.update(LEAD_INTERACTION)
                .set(LEAD_INTERACTION.SUMMARY, ERASED_TEXT)
                .set(LEAD_INTERACTION.PAYLOAD, JSONB.valueOf("{}"))
                .where(LEAD_INTERACTION.LEAD_ID.in(leadIds(userId, erasure.email())))
                .execute());
        counts.put("leads_closed", db.update(LEAD)
                .set(LEAD.FIRST_NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(LEAD.LAST_NAME, "")
                .setNull(LEAD.EMAIL)
                .setNull(LEAD.PHONE)
                .setNull(LEAD.COMPANY)
                .set(LEAD.NOTES, "")
                .setNull(LEAD.BIRTHDAY_MONTH)
                .setNull(LEAD.BIRTHDAY_DAY)
                .setNull(LEAD.ANNIVERSARY)
                .set(LEAD.DIETARY_PREFERENCES, new String[0])
                .set(LEAD.ALLERGIES, new String[0])
                .set(LEAD.NEXT_ACTION_NOTE, "")
                .setNull(LEAD.NEXT_ACTION_AT)
                .set(LEAD.DELETED_AT, DSL.coalesce(LEAD.DELETED_AT, DSL.val(now)))
                .set(LEAD.UPDATED_AT, now)
                .where(leadsOf(LEAD, userId, erasure.email()))
                .execute());
        counts.put("contact_messages", db.update(CONTACT_INQUIRY)
                .set(CONTACT_INQUIRY.NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(CONTACT_INQUIRY.EMAIL, erasure.anonymousEmail())
                .setNull(CONTACT_INQUIRY.PHONE)
                .setNull(CONTACT_INQUIRY.REASON)
                .setNull(CONTACT_INQUIRY.SUBJECT)
                .set(CONTACT_INQUIRY.MESSAGE, ERASED_TEXT)
                .setNull(CONTACT_INQUIRY.ADMIN_NOTES)
                .where(DSL.lower(CONTACT_INQUIRY.EMAIL).eq(erasure.email()))
                .execute());
        if (userId != null) {
            counts.put("people", db.update(PERSON)
                    .set(PERSON.USERNAME, erasure.anonymousId())
                    .setNull(PERSON.NAME)
                    .set(PERSON.EMAIL, erasure.anonymousEmail())
                    .set(PERSON.HOUSEHOLD_MEMBER_COUNT, 1)
                    .set(PERSON.ALLERGIES, new String[0])
                    .set(PERSON.DIETARY_PREFERENCES, new String[0])
                    .where(PERSON.USER_ID.eq(userId))
                    .execute());
            counts.put("messages_written", db.update(MESSAGE).set(MESSAGE.CONTENT, ERASED_TEXT)
                    .where(MESSAGE.SENDER_USER_ID.eq(userId)).execute());
            counts.put("conversations", db.update(CONVERSATION).set(CONVERSATION.LAST_MESSAGE_PREVIEW, "")
                    .where(CONVERSATION.CUSTOMER_USER_ID.eq(userId)).execute());
            counts.put("connection_notes", db.update(CONNECTION).set(CONNECTION.NOTE, "")
                    .where(CONNECTION.CUSTOMER_USER_ID.eq(userId)).execute());
            counts.put("favorite_chefs", db.deleteFrom(FAVORITE).where(FAVORITE.CUSTOMER_USER_ID.eq(userId))
                    .execute());
        }
        events.publishEvent(new CrmPersonalDataAnswered(erasure.requestId(), PersonalRecords.counts(counts)));
    }

    private static Condition leadsOf(Lead lead, @Nullable UUID userId, String email) {
        Condition byEmail = DSL.lower(lead.EMAIL).eq(email);
        return userId == null ? byEmail : lead.USER_ID.eq(userId).or(byEmail);
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> leadIds(@Nullable UUID userId, String email) {
        return DSL.select(LEAD.ID).from(LEAD).where(leadsOf(LEAD, userId, email));
    }

    private static org.jooq.Select<org.jooq.Record1<Long>> conversationsOf(UUID userId) {
        return DSL.select(CONVERSATION.ID).from(CONVERSATION).where(CONVERSATION.CUSTOMER_USER_ID.eq(userId));
    }
}
