package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.REFUND;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;


@Repository
class RefundRepository {

    private final DSLContext db;

    RefundRepository(DSLContext db) {
        this.db = db;
    }

    Optional<IssuedRefund> findByKey(String idempotencyKey) {
        return db.selectFrom(REFUND).where(REFUND.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(row -> new IssuedRefund(row.getId(), row.getPaymentId(), row.getStripeRefundId(),
                        row.getAmountMinor(), row.getReason(), row.getStatus()));
    }

    /** Records a refund once per key; a retried request finds it already there. */
    void insertIfAbsent(UUID paymentId, String idempotencyKey, String stripeRefundId, long amountMinor, String reason,
            String status) {
        db.insertInto(REFUND)
                .set(REFUND.ID, UUID.randomUUID())
                .set(REFUND.PAYMENT_ID, paymentId)
                .set(REFUND.IDEMPOTENCY_KEY, idempotencyKey)
                .set(REFUND.STRIPE_REFUND_ID, stripeRefundId)
                .set(REFUND.AMOUNT_MINOR, amountMinor)
                .set(REFUND.REASON, reason)
                .set(REFUND.STATUS, status)
                .onConflict(REFUND.IDEMPOTENCY_KEY).doNothing()
                .execute();
    }

    /** What has been asked back from this payment so far, whether or not Stripe has reported it yet. */
    long requestedFor(UUID paymentId) {
        Long sum = db.select(org.jooq.impl.DSL.sum(REFUND.AMOUNT_MINOR)).from(REFUND)
                .where(REFUND.PAYMENT_ID.eq(paymentId)).fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    /** A refund as recorded. */
    record IssuedRefund(UUID id, UUID paymentId, String stripeRefundId, long amountMinor, String reason, String status) {
    }
}
