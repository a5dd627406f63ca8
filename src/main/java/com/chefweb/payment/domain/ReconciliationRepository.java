package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.PAYMENT;
import static com.chefweb.payment.jooq.Tables.RECONCILIATION_FLAG;
import static org.jooq.impl.DSL.currentInstant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReconciliationRepository {

    private final DSLContext db;

    ReconciliationRepository(DSLContext db) {
        this.db = db;
    }

    /** Payments created or changed since the given time: the ones worth comparing with Stripe. */
    List<UUID> recentPayments(Instant since) {
        return db.select(PAYMENT.ID).from(PAYMENT)
                .where(PAYMENT.UPDATED_AT.ge(since))
                .and(PAYMENT.STRIPE_PAYMENT_INTENT_ID.startsWith("pi_"))
                .fetch(PAYMENT.ID);
    }

    /** Flags a difference unless the payment already has an open flag. */
    boolean flag(UUID paymentId, String ourStatus, String stripeStatus, long ourAmount, long stripeAmount, String note) {
        return db.insertInto(RECONCILIATION_FLAG)
                .set(RECONCILIATION_FLAG.PAYMENT_ID, paymentId)
                .set(RECONCILIATION_FLAG.OUR_STATUS, ourStatus)
                .set(RECONCILIATION_FLAG.STRIPE_STATUS, stripeStatus)
                .set(RECONCILIATION_FLAG.OUR_AMOUNT, ourAmount)
                .set(RECONCILIATION_FLAG.STRIPE_AMOUNT, stripeAmount)
                .set(RECONCILIATION_FLAG.NOTE, note)
                .onConflictDoNothing()
                .execute() == 1;
    }

    List<ReconciliationFlag> open() {
        return db.select(RECONCILIATION_FLAG.asterisk(), PAYMENT.STRIPE_PAYMENT_INTENT_ID)
                .from(RECONCILIATION_FLAG).join(PAYMENT).on(PAYMENT.ID.eq(RECONCILIATION_FLAG.PAYMENT_ID))
                .where(RECONCILIATION_FLAG.RESOLVED_AT.isNull())
                .orderBy(RECONCILIATION_FLAG.FOUND_AT.desc())
                .fetch(row -> new ReconciliationFlag(row.get(RECONCILIATION_FLAG.ID), row.get(RECONCILIATION_FLAG.PAYMENT_ID),
                        row.get(PAYMENT.STRIPE_PAYMENT_INTENT_ID), row.get(RECONCILIATION_FLAG.FOUND_AT),
                        row.get(RECONCILIATION_FLAG.OUR_STATUS), row.get(RECONCILIATION_FLAG.STRIPE_STATUS),
                        row.get(RECONCILIATION_FLAG.OUR_AMOUNT), row.get(RECONCILIATION_FLAG.STRIPE_AMOUNT),
                        row.get(RECONCILIATION_FLAG.NOTE)));
    }

    boolean resolve(long id) {
        return db.update(RECONCILIATION_FLAG).set(RECONCILIATION_FLAG.RESOLVED_AT, currentInstant())
                .where(RECONCILIATION_FLAG.ID.eq(id).and(RECONCILIATION_FLAG.RESOLVED_AT.isNull())).execute() == 1;
    }
}
