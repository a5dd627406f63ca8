package com.chefweb.booking.domain;

import static com.chefweb.booking.jooq.Tables.PAYMENT_RECEIVED;
import static org.jooq.impl.DSL.currentOffsetDateTime;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;

@Repository
class PaymentReceivedRepository {

    private final DSLContext db;

    PaymentReceivedRepository(DSLContext db) {
        this.db = db;
    }

    /** A payment succeeded; a payment already known as refunded stays refunded. */
    void succeeded(UUID paymentId, UUID bookingId, String purpose, Money amount, Instant paidAt) {
        db.insertInto(PAYMENT_RECEIVED)
                .set(PAYMENT_RECEIVED.PAYMENT_ID, paymentId)
                .set(PAYMENT_RECEIVED.BOOKING_ID, bookingId)
                .set(PAYMENT_RECEIVED.PURPOSE, purpose)
                .set(PAYMENT_RECEIVED.AMOUNT_MINOR, amount.minorUnits())
                .set(PAYMENT_RECEIVED.CURRENCY, amount.currency().getCurrencyCode())
                .set(PAYMENT_RECEIVED.STATUS, "succeeded")
                .set(PAYMENT_RECEIVED.PAID_AT, paidAt.atOffset(ZoneOffset.UTC))
                .onConflict(PAYMENT_RECEIVED.PAYMENT_ID).doUpdate()
                .set(PAYMENT_RECEIVED.STATUS, when(PAYMENT_RECEIVED.STATUS.eq(inline("failed")), inline("succeeded"))
                        .otherwise(PAYMENT_RECEIVED.STATUS))
                .set(PAYMENT_RECEIVED.PAID_AT, paidAt.atOffset(ZoneOffset.UTC))
                .set(PAYMENT_RECEIVED.UPDATED_AT, currentOffsetDateTime())
                .execute();
    }

    /** A payment attempt failed; a payment that succeeded meanwhile is not marked failed. */
    void failed(UUID paymentId, UUID bookingId, String purpose, Money amount) {
        db.insertInto(PAYMENT_RECEIVED)
                .set(PAYMENT_RECEIVED.PAYMENT_ID, paymentId)
                .set(PAYMENT_RECEIVED.BOOKING_ID, bookingId)
                .set(PAYMENT_RECEIVED.PURPOSE, purpose)
                .set(PAYMENT_RECEIVED.AMOUNT_MINOR, amount.minorUnits())
                .set(PAYMENT_RECEIVED.CURRENCY, amount.currency().getCurrencyCode())
                .set(PAYMENT_RECEIVED.STATUS, "failed")
                .onConflictDoNothing()
                .execute();
    }

    /** Refunds only grow: an older, smaller refund total arriving late changes nothing. */
    void refunded(UUID paymentId, UUID bookingId, String purpose, Money amount, Money refundedTotal, boolean fully) {
        String status = fully ? "refunded" : "partially_refunded";
        db.insertInto(PAYMENT_RECEIVED)
                .set(PAYMENT_RECEIVED.PAYMENT_ID, paymentId)
                .set(PAYMENT_RECEIVED.BOOKING_ID, bookingId)
                .set(PAYMENT_RECEIVED.PURPOSE, purpose)
                .set(PAYMENT_RECEIVED.AMOUNT_MINOR, amount.minorUnits())
                .set(PAYMENT_RECEIVED.REFUNDED_MINOR, refundedTotal.minorUnits())
                .set(PAYMENT_RECEIVED.CURRENCY, amount.currency().getCurrencyCode())
                .set(PAYMENT_RECEIVED.STATUS, status)
                .onConflict(PAYMENT_RECEIVED.PAYMENT_ID).doUpdate()
                .set(PAYMENT_RECEIVED.REFUNDED_MINOR, greatest(PAYMENT_RECEIVED.REFUNDED_MINOR, inline(refundedTotal.minorUnits())))
                .set(PAYMENT_RECEIVED.STATUS, fully ? inline("refunded")
                        : when(PAYMENT_RECEIVED.STATUS.eq(inline("refunded")), inline("refunded")).otherwise(inline("partially_refunded")))
                .set(PAYMENT_RECEIVED.UPDATED_AT, currentOffsetDateTime())
                .execute();
    }

    List<ReceivedPayment> forBooking(UUID bookingId) {
        return db.selectFrom(PAYMENT_RECEIVED).where(PAYMENT_RECEIVED.BOOKING_ID.eq(bookingId))
                .orderBy(PAYMENT_RECEIVED.PAID_AT.asc().nullsLast())
                .fetch(row -> new ReceivedPayment(row.getPaymentId(), row.getPurpose(),
                        Money.ofMinor(row.getAmountMinor(), row.getCurrency()),
                        Money.ofMinor(row.getRefundedMinor(), row.getCurrency()), row.getStatus(),
                        row.getPaidAt() == null ? null : row.getPaidAt().toInstant(), row.getUpdatedAt().toInstant()));
    }
}
