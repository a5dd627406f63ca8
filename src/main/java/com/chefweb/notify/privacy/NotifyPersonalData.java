package com.chefweb.notify.privacy;

import static com.chefweb.notify.jooq.Tables.BOOKING;
import static com.chefweb.notify.jooq.Tables.BOOKING_PAYMENT;
import static com.chefweb.notify.jooq.Tables.MARKETPLACE_ORDER;
import static com.chefweb.notify.jooq.Tables.MARKETPLACE_PERSON;
import static com.chefweb.notify.jooq.Tables.OUTGOING_MESSAGE;
import static com.chefweb.notify.jooq.Tables.WAITLIST_SUBSCRIPTION;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.notify.events.NotifyPersonalDataAnswered;
import com.chefweb.notify.jooq.tables.Booking;
import com.chefweb.notify.jooq.tables.MarketplacePerson;
import com.chefweb.notify.jooq.tables.OutgoingMessage;
import com.chefweb.notify.jooq.tables.WaitlistSubscription;
import com.chefweb.notify.outbox.MessageStatus;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * Notifications' part of a privacy request: every email and text sent to the person, and the copies of their
 * bookings and profile kept to write them. An erased person's messages keep their kind, status and dates (proof
 * that a confirmation or a refund notice went out) with the address and words removed; so do messages to others
 * about them (the owner's new-booking alert, a chef's new-order alert or new-message email), found by the booking or
 * order they were sent for or by naming the person's address. What was still queued to or about them is not sent.
 * Numbers that replied STOP stay on the opt-out list, so an erased person is never texted again.
 */
@Component
class NotifyPersonalData {

    static final String ERASED_TEXT = "[erased]";

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    NotifyPersonalData(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        Set<String> addresses = addressesOf(request.userId(), request.email());
        OutgoingMessage message = OUTGOING_MESSAGE.as("o");
        sections.put("messages_sent", db.select(rows(message)).from(message)
                .where(DSL.lower(message.RECIPIENT).in(addresses)).fetchSingle().value1());
        Booking booking = BOOKING.as("b");
        sections.put("bookings_written_about", db.select(rows(booking)).from(booking)
                .where(DSL.lower(booking.CONTACT_EMAIL).eq(request.email())).fetchSingle().value1());
        UUID userId = request.userId();
        if (userId != null) {
            MarketplacePerson person = MARKETPLACE_PERSON.as("p");
            sections.put("marketplace_person", db.select(rows(person)).from(person)
                    .where(person.USER_ID.eq(userId)).fetchSingle().value1());
            WaitlistSubscription subscription = WAITLIST_SUBSCRIPTION.as("w");
            sections.put("waitlists", db.select(rows(subscription)).from(subscription)
                    .where(subscription.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
        }
        events.publishEvent(new NotifyPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        UUID userId = erasure.userId();
        Set<String> addresses = addressesOf(userId, erasure.email());
        Map<String, Integer> counts = new LinkedHashMap<>();
        // what was still to be sent to or about them is not sent: an empty message helps nobody
        Condition toThem = DSL.lower(OUTGOING_MESSAGE.RECIPIENT).in(addresses);
        Condition aboutThem = PersonalRecords.namesAddress(OUTGOING_MESSAGE.SUBJECT, erasure.email())
                .or(PersonalRecords.namesAddress(OUTGOING_MESSAGE.BODY_TEXT, erasure.email()));
        for (String id : idsOf(userId, erasure.email())) {
            aboutThem = aboutThem.or(OUTGOING_MESSAGE.CAUSE.contains(id));
        }
        counts.put("messages_not_sent", db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.STATUS, MessageStatus.FAILED)
                .set(OUTGOING_MESSAGE.LAST_ERROR, "Not sent: the person it was to or about was erased")
                .where(OUTGOING_MESSAGE.STATUS.eq(MessageStatus.QUEUED))
                .and(toThem.or(aboutThem))
                .execute());
        counts.put("messages_to_the_person", db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.RECIPIENT, erasure.anonymousEmail())
                .set(OUTGOING_MESSAGE.SUBJECT, ERASED_TEXT)
                .set(OUTGOING_MESSAGE.BODY_TEXT, ERASED_TEXT)
                .set(OUTGOING_MESSAGE.BODY_HTML, ERASED_TEXT)
                .where(toThem)
                .execute());
        counts.put("messages_about_the_person", db.update(OUTGOING_MESSAGE)
                .set(OUTGOING_MESSAGE.SUBJECT, ERASED_TEXT)
                .set(OUTGOING_MESSAGE.BODY_TEXT, ERASED_TEXT)
                .set(OUTGOING_MESSAGE.BODY_HTML, ERASED_TEXT)
                .where(aboutThem)
                .and(OUTGOING_MESSAGE.BODY_TEXT.ne(ERASED_TEXT))
                .execute());
        counts.put("bookings_written_about", db.update(BOOKING)
                .set(BOOKING.CONTACT_NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(BOOKING.CONTACT_EMAIL, erasure.anonymousEmail())
                .setNull(BOOKING.ALLERGIES)
                .setNull(BOOKING.SMS_PHONE)
                .where(DSL.lower(BOOKING.CONTACT_EMAIL).eq(erasure.email()))
                .execute());
        if (userId != null) {
            counts.put("marketplace_people", db.update(MARKETPLACE_PERSON)
                    .set(MARKETPLACE_PERSON.USERNAME, erasure.anonymousId())
                    .setNull(MARKETPLACE_PERSON.NAME)
                    .set(MARKETPLACE_PERSON.EMAIL, erasure.anonymousEmail())
                    .set(MARKETPLACE_PERSON.ALLERGIES, new String[0])
                    .where(MARKETPLACE_PERSON.USER_ID.eq(userId))
                    .execute());
            counts.put("waitlists_left", db.deleteFrom(WAITLIST_SUBSCRIPTION)
                    .where(WAITLIST_SUBSCRIPTION.CUSTOMER_USER_ID.eq(userId)).execute());
        }
        events.publishEvent(new NotifyPersonalDataAnswered(erasure.requestId(), PersonalRecords.counts(counts)));
    }

    /** Where messages to the person went: their email address and the numbers their bookings were texted at. */
    private Set<String> addressesOf(@Nullable UUID userId, String email) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(email);
        db.selectDistinct(BOOKING.SMS_PHONE).from(BOOKING)
                .where(DSL.lower(BOOKING.CONTACT_EMAIL).eq(email)).and(BOOKING.SMS_PHONE.isNotNull())
                .forEach(row -> addresses.add(row.value1()));
        if (userId != null) {
            db.select(MARKETPLACE_PERSON.EMAIL).from(MARKETPLACE_PERSON).where(MARKETPLACE_PERSON.USER_ID.eq(userId))
                    .forEach(row -> addresses.add(row.value1().toLowerCase(java.util.Locale.ROOT)));
        }
        return addresses;
    }

    /**
     * The ids messages about the person are sent for, as their causes name them: their bookings and those
     * bookings' payments, their orders, their account (which the causes of emails about their conversations name).
     */
    private Set<String> idsOf(@Nullable UUID userId, String email) {
        Set<String> ids = new LinkedHashSet<>();
        db.select(BOOKING.BOOKING_ID).from(BOOKING).where(DSL.lower(BOOKING.CONTACT_EMAIL).eq(email))
                .forEach(row -> ids.add(row.value1().toString()));
        db.select(BOOKING_PAYMENT.PAYMENT_ID).from(BOOKING_PAYMENT).join(BOOKING)
                .on(BOOKING.BOOKING_ID.eq(BOOKING_PAYMENT.BOOKING_ID))
                .where(DSL.lower(BOOKING.CONTACT_EMAIL).eq(email))
                .forEach(row -> ids.add(row.value1().toString()));
        if (userId != null) {
            ids.add(userId.toString());
            db.select(MARKETPLACE_ORDER.ORDER_ID).from(MARKETPLACE_ORDER)
                    .where(MARKETPLACE_ORDER.CUSTOMER_USER_ID.eq(userId))
                    .forEach(row -> ids.add(row.value1().toString()));
        }
        return ids;
    }
}
