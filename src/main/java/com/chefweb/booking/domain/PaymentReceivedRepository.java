package com.chefweb.booking.domain;

import static com.chefweb.booking.jooq.Tables.PAYMENT_RECEIVED;
import static org.jooq.impl.DSL.currentInstant;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.PaymentReceivedRecord;
import com.chefweb.shared.money.Money;

@Repository
class PaymentReceivedRepository {

    private final DSLContext db;

    PaymentReceivedRepository(DSLContext db) {
        this.db = db;
    }

    /** A payment succeeded; a payment already known as refunded stays refunded. */
    void succeeded(UUID paymentId, UUID bookingId, String purpose, Money amount, Instant paidAt) {
        PaymentReceivedRecord row = row(paymentId, bookingId, purpose, amount, ReceivedPaymentStatus.SUCCEEDED);
        row.setPaidAt(paidAt);
        db.insertInto(PAYMENT_RECEIVED).set(row)
                .onConflict(PAYMENT_RECEIVED.PAYMENT_ID).doUpdate()
                .set(PAYMENT_RECEIVED.STATUS, when(PAYMENT_RECEIVED.STATUS.eq(status(ReceivedPaymentStatus.FAILED)),
                        status(ReceivedPaymentStatus.SUCCEEDED)).otherwise(PAYMENT_RECEIVED.STATUS))
                .set(PAYMENT_RECEIVED.PAID_AT, paidAt)
                .set(PAYMENT_RECEIVED.UPDATED_AT, currentInstant())
                .execute();
    }

    /** A payment attempt failed; a payment that succeeded meanwhile is not marked failed. */
    void failed(UUID paymentId, UUID bookingId, String purpose, Money amount) {
        db.insertInto(PAYMENT_RECEIVED).set(row(paymentId, bookingId, purpose, amount, ReceivedPaymentStatus.FAILED))
                .onConflictDoNothing()
                .execute();
    }

    /** Refunds only grow: an older, smaller refund total arriving late changes nothing. */
    void refunded(UUID paymentId, UUID bookingId, String purpose, Money amount, Money refundedTotal, boolean fully) {
        PaymentReceivedRecord row = row(paymentId, bookingId, purpose, amount, fully ? ReceivedPaymentStatus.REFUNDED
                : ReceivedPaymentStatus.PARTIALLY_REFUNDED);
        row.setRefundedMinor(refundedTotal.minorUnits());
        db.insertInto(PAYMENT_RECEIVED).set(row)
                .onConflict(PAYMENT_RECEIVED.PAYMENT_ID).doUpdate()
                .set(PAYMENT_RECEIVED.REFUNDED_MINOR, greatest(PAYMENT_RECEIVED.REFUNDED_MINOR, inline(refundedTotal.minorUnits())))
                .set(PAYMENT_RECEIVED.STATUS, fully ? status(ReceivedPaymentStatus.REFUNDED)
                        : when(PAYMENT_RECEIVED.STATUS.eq(status(ReceivedPaymentStatus.REFUNDED)),
                                status(ReceivedPaymentStatus.REFUNDED))
                                .otherwise(status(ReceivedPaymentStatus.PARTIALLY_REFUNDED)))
                .set(PAYMENT_RECEIVED.UPDATED_AT, currentInstant())
                .execute();
    }

    /** A new row for a payment heard of for the first time; each caller says what happens if it is not new. */
    /** The status as an SQL literal of the column's type, so the upserts' CASE expressions compare like with like. */
    private static org.jooq.Field<ReceivedPaymentStatus> status(ReceivedPaymentStatus status) {
        return inline(status, PAYMENT_RECEIVED.STATUS);
    }

    private PaymentReceivedRecord row(UUID paymentId, UUID bookingId, String purpose, Money amount,
            ReceivedPaymentStatus status) {
        PaymentReceivedRecord row = db.newRecord(PAYMENT_RECEIVED);
        row.setPaymentId(paymentId);
        row.setBookingId(bookingId);
        row.setPurpose(purpose);
        row.setAmountMinor(amount.minorUnits());
        row.setCurrency(amount.currency().getCurrencyCode());
        row.setStatus(status);
        return row;
    }

    List<ReceivedPayment> forBooking(UUID bookingId) {
        return db.selectFrom(PAYMENT_RECEIVED).where(PAYMENT_RECEIVED.BOOKING_ID.eq(bookingId))
                .orderBy(PAYMENT_RECEIVED.PAID_AT.asc().nullsLast())
                .fetch(row -> new ReceivedPayment(row.getPaymentId(), row.getPurpose(),
                        Money.ofMinor(row.getAmountMinor(), row.getCurrency()),
                        Money.ofMinor(row.getRefundedMinor(), row.getCurrency()), row.getStatus(),
                        row.getPaidAt(), row.getUpdatedAt()));
    }
}
