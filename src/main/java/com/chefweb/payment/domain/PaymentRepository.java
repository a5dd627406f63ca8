package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.BOOKING_DUE;
import static com.chefweb.payment.jooq.Tables.PAYMENT;
import static org.jooq.impl.DSL.currentInstant;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.PaymentRecord;
import com.chefweb.shared.money.Money;

@Repository
class PaymentRepository {

    private final DSLContext db;

    PaymentRepository(DSLContext db) {
        this.db = db;
    }

    /** Records a started payment once per PaymentIntent; a retried start finds the row already there. */
    void insertIfAbsent(UUID id, UUID bookingId, String purpose, Money amount, PaymentStatus status, String paymentIntentId,
            String customerId) {
        db.insertInto(PAYMENT)
                .set(PAYMENT.ID, id)
                .set(PAYMENT.BOOKING_ID, bookingId)
                .set(PAYMENT.PURPOSE, purpose)
                .set(PAYMENT.AMOUNT_MINOR, amount.minorUnits())
                .set(PAYMENT.CURRENCY, amount.currency().getCurrencyCode())
                .set(PAYMENT.STATUS, status)
                .set(PAYMENT.STRIPE_PAYMENT_INTENT_ID, paymentIntentId)
                .set(PAYMENT.STRIPE_CUSTOMER_ID, customerId)
                .onConflict(PAYMENT.STRIPE_PAYMENT_INTENT_ID).doNothing()
                .execute();
    }

    Optional<com.chefweb.payment.domain.PaymentRecord> lockByIntent(String paymentIntentId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.STRIPE_PAYMENT_INTENT_ID.eq(paymentIntentId)).forUpdate()
                .fetchOptional(PaymentRepository::toPayment);
    }

    Optional<com.chefweb.payment.domain.PaymentRecord> find(UUID id) {
        return db.selectFrom(PAYMENT).where(PAYMENT.ID.eq(id)).fetchOptional(PaymentRepository::toPayment);
    }

    Optional<com.chefweb.payment.domain.PaymentRecord> findByIntent(String paymentIntentId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.STRIPE_PAYMENT_INTENT_ID.eq(paymentIntentId))
                .fetchOptional(PaymentRepository::toPayment);
    }

    List<com.chefweb.payment.domain.PaymentRecord> forBooking(UUID bookingId) {
        return db.selectFrom(PAYMENT).where(PAYMENT.BOOKING_ID.eq(bookingId)).orderBy(PAYMENT.CREATED_AT)
                .fetch(PaymentRepository::toPayment);
    }

    /** What the booking has paid and kept: its paid payments less what was refunded of them. */
    Money paidFor(UUID bookingId, java.util.Currency currency) {
        return forBooking(bookingId).stream()
                .filter(p -> PaymentStatus.fromCode(p.status()).counts())
                .map(p -> p.amount().minus(p.refunded()))
                .reduce(Money.zero(currency), Money::plus);
    }

    void updateStatus(UUID id, PaymentStatus status, long refundedMinor, String failureMessage) {
        db.update(PAYMENT)
                .set(PAYMENT.STATUS, status)
                .set(PAYMENT.REFUNDED_MINOR, refundedMinor)
                .set(PAYMENT.FAILURE_MESSAGE, failureMessage)
                .set(PAYMENT.UPDATED_AT, currentInstant())
                .where(PAYMENT.ID.eq(id))
                .execute();
    }

    void recordCard(UUID id, String paymentMethodId) {
        db.update(PAYMENT).set(PAYMENT.STRIPE_PAYMENT_METHOD_ID, paymentMethodId).where(PAYMENT.ID.eq(id)).execute();
    }

    void markDisputed(UUID id) {
        db.update(PAYMENT).set(PAYMENT.DISPUTED, true).set(PAYMENT.UPDATED_AT, currentInstant())
                .where(PAYMENT.ID.eq(id)).execute();
    }

    /** Admins' list, newest first, with the booking's confirmation number and contact. */
    List<PaymentWithBooking> page(String status, int limit, int offset) {
        return db.select(PAYMENT.asterisk(), BOOKING_DUE.CONFIRMATION_NUMBER, BOOKING_DUE.CONTACT_NAME,
                        BOOKING_DUE.CONTACT_EMAIL)
                .from(PAYMENT).join(BOOKING_DUE).on(BOOKING_DUE.BOOKING_ID.eq(PAYMENT.BOOKING_ID))
                .where(condition(status))
                .orderBy(PAYMENT.CREATED_AT.desc(), PAYMENT.ID)
                .limit(limit).offset(offset)
                .fetch(row -> new PaymentWithBooking(toPayment(row.into(PAYMENT)), row.get(BOOKING_DUE.CONFIRMATION_NUMBER),
                        row.get(BOOKING_DUE.CONTACT_NAME), row.get(BOOKING_DUE.CONTACT_EMAIL)));
    }

    int count(String status) {
        return db.fetchCount(PAYMENT, condition(status));
    }

    private static Condition condition(String status) {
        // a status no payment can have matches none
        return status == null ? DSL.noCondition()
                : PaymentStatus.known(status).map(PAYMENT.STATUS::eq).orElse(DSL.falseCondition());
    }

    private static com.chefweb.payment.domain.PaymentRecord toPayment(PaymentRecord row) {
        String currency = row.getCurrency();
        return new com.chefweb.payment.domain.PaymentRecord(row.getId(), row.getBookingId(), row.getPurpose(),
                Money.ofMinor(row.getAmountMinor(), currency), row.getStatus().code(), row.getStripePaymentIntentId(),
                Money.ofMinor(row.getRefundedMinor(), currency), row.getDisputed(), row.getFailureMessage(),
                row.getCreatedAt(), row.getUpdatedAt());
    }
}
