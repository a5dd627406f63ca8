package com.chefweb.payment.privacy;

import static com.chefweb.payment.jooq.Tables.BOOKING_DUE;
import static com.chefweb.payment.jooq.Tables.MARKETPLACE_ORDER;
import static com.chefweb.payment.jooq.Tables.PAYMENT;
import static com.chefweb.payment.jooq.Tables.REFUND;
import static com.chefweb.payment.jooq.Tables.WEBHOOK_EVENT;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.payment.events.PaymentPersonalDataAnswered;
import com.chefweb.payment.jooq.tables.BookingDue;
import com.chefweb.payment.jooq.tables.MarketplaceOrder;
import com.chefweb.payment.jooq.tables.Payment;
import com.chefweb.payment.jooq.tables.Refund;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * Payment's part of a privacy request. Payments, refunds and what each booking owes are records the law wants kept:
 * their amounts, dates and Stripe references stay, under the anonymous name. Stripe's own copy of the customer is
 * Stripe's to erase (its dashboard, or its privacy request form).
 */
@Component
class PaymentPersonalData {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    PaymentPersonalData(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        BookingDue due = BOOKING_DUE.as("d");
        sections.put("booking_amounts", db.select(rows(due, "checkout_key")).from(due)
                .where(DSL.lower(due.CONTACT_EMAIL).eq(request.email())).fetchSingle().value1());
        Payment payment = PAYMENT.as("p");
        sections.put("payments", db.select(rows(payment)).from(payment)
                .where(payment.BOOKING_ID.in(bookingsOf(request.email()))).fetchSingle().value1());
        Refund refund = REFUND.as("r");
        sections.put("refunds", db.select(rows(refund)).from(refund)
                .where(refund.PAYMENT_ID.in(DSL.select(PAYMENT.ID).from(PAYMENT)
                        .where(PAYMENT.BOOKING_ID.in(bookingsOf(request.email())))))
                .fetchSingle().value1());
        MarketplaceOrder order = MARKETPLACE_ORDER.as("o");
        sections.put("marketplace_orders", db.select(rows(order)).from(order)
                .where(ofCustomer(order, request.userId(), request.email())).fetchSingle().value1());
        events.publishEvent(new PaymentPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        // found before the person's records are anonymised, which is how they are found
        java.util.Set<String> stripeIds = stripeIdsOf(erasure.userId(), erasure.email());
        // and on the second pass, by the address the first gave them
        stripeIds.addAll(stripeIdsOf(erasure.userId(), erasure.anonymousEmail()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("booking_amounts_kept_anonymously", db.update(BOOKING_DUE)
                .set(BOOKING_DUE.CONTACT_NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(BOOKING_DUE.CONTACT_EMAIL, erasure.anonymousEmail())
                .where(DSL.lower(BOOKING_DUE.CONTACT_EMAIL).eq(erasure.email()))
                .execute());
        counts.put("marketplace_orders_kept_anonymously", db.update(MARKETPLACE_ORDER)
                .setNull(MARKETPLACE_ORDER.CUSTOMER_EMAIL)
                .where(ofCustomer(MARKETPLACE_ORDER, erasure.userId(), erasure.email()))
                .execute());
        // Stripe's events as received name the payer (receipt email, billing details); once applied, only their id
        // and type are needed, to tell a redelivery from a new event. Found by the person's payments and checkout
        // sessions, and by their address; one not yet applied is redacted by the erasure's second pass.
        Condition aboutThem = PersonalRecords.namesAddress(WEBHOOK_EVENT.PAYLOAD, erasure.email());
        for (String stripeId : stripeIds) {
            aboutThem = aboutThem.or(WEBHOOK_EVENT.PAYLOAD.cast(SQLDataType.CLOB).contains("\"" + stripeId + "\""));
        }
        counts.put("stripe_events_redacted", db.update(WEBHOOK_EVENT)
                .set(WEBHOOK_EVENT.PAYLOAD, DSL.field("jsonb_build_object('id', {0} -> 'id', 'type', {0} -> 'type', "
                        + "'redacted', true)", SQLDataType.JSONB, WEBHOOK_EVENT.PAYLOAD))
                .where(WEBHOOK_EVENT.PROCESSED_AT.isNotNull())
                .and(DSL.field("{0} -> 'redacted'", WEBHOOK_EVENT.PAYLOAD).isNull())
                .and(aboutThem)
                .execute());
        events.publishEvent(new PaymentPersonalDataAnswered(erasure.requestId(), PersonalRecords.counts(counts)));
    }

    /** The Stripe ids of the person's payments: their payment intents and checkout sessions. */
    private java.util.Set<String> stripeIdsOf(@org.jspecify.annotations.Nullable UUID userId, String email) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(db.select(PAYMENT.STRIPE_PAYMENT_INTENT_ID)
                .from(PAYMENT).where(PAYMENT.BOOKING_ID.in(bookingsOf(email))).fetch(PAYMENT.STRIPE_PAYMENT_INTENT_ID));
        db.select(MARKETPLACE_ORDER.STRIPE_PAYMENT_INTENT_ID, MARKETPLACE_ORDER.STRIPE_SESSION_ID)
                .from(MARKETPLACE_ORDER).where(ofCustomer(MARKETPLACE_ORDER, userId, email))
                .forEach(row -> {
                    if (row.value1() != null) {
                        ids.add(row.value1());
                    }
                    if (row.value2() != null) {
                        ids.add(row.value2());
                    }
                });
        return ids;
    }

    private static org.jooq.Select<org.jooq.Record1<UUID>> bookingsOf(String email) {
        return DSL.select(BOOKING_DUE.BOOKING_ID).from(BOOKING_DUE).where(DSL.lower(BOOKING_DUE.CONTACT_EMAIL).eq(email));
    }

    private static Condition ofCustomer(MarketplaceOrder order, @org.jspecify.annotations.Nullable UUID userId,
            String email) {
        Condition byEmail = DSL.lower(order.CUSTOMER_EMAIL).eq(email);
        return userId == null ? byEmail : order.CUSTOMER_USER_ID.eq(userId).or(byEmail);
    }
}
