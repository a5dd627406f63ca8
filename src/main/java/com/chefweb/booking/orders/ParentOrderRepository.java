package com.chefweb.booking.orders;

import static com.chefweb.booking.jooq.Tables.CUSTOMER_ORDER;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.booking.jooq.tables.records.CustomerOrderRecord;
import com.chefweb.shared.money.Money;

@Repository
class ParentOrderRepository {

    private final DSLContext db;

    ParentOrderRepository(DSLContext db) {
        this.db = db;
    }

    /** Empty when the customer's idempotency key is already taken by another order being placed. */
    Optional<ParentOrder> insert(MarketplaceOrderType type, UUID chefUserId, UUID customerUserId, Money total,
            @Nullable String idempotencyKey, Instant now) {
        return db.insertInto(CUSTOMER_ORDER)
                .set(CUSTOMER_ORDER.PAYMENT_ORDER_ID, UUID.randomUUID())
                .set(CUSTOMER_ORDER.ORDER_TYPE, type.code())
                .set(CUSTOMER_ORDER.CHEF_USER_ID, chefUserId)
                .set(CUSTOMER_ORDER.CUSTOMER_USER_ID, customerUserId)
                .set(CUSTOMER_ORDER.TOTAL_MINOR, total.minorUnits())
                .set(CUSTOMER_ORDER.CURRENCY, total.currency().getCurrencyCode())
                .set(CUSTOMER_ORDER.IDEMPOTENCY_KEY, idempotencyKey)
                .set(CUSTOMER_ORDER.CREATED_AT, now)
                .onConflictDoNothing()
                .returning()
                .fetchOptional(ParentOrderRepository::toOrder);
    }

    Optional<ParentOrder> byKey(UUID customerUserId, String idempotencyKey) {
        return db.selectFrom(CUSTOMER_ORDER)
                .where(CUSTOMER_ORDER.CUSTOMER_USER_ID.eq(customerUserId), CUSTOMER_ORDER.IDEMPOTENCY_KEY.eq(idempotencyKey))
                .fetchOptional(ParentOrderRepository::toOrder);
    }

    Optional<ParentOrder> lockByPaymentOrder(UUID paymentOrderId) {
        return db.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.PAYMENT_ORDER_ID.eq(paymentOrderId)).forUpdate()
                .fetchOptional(ParentOrderRepository::toOrder);
    }

    Optional<ParentOrder> byPaymentOrder(UUID paymentOrderId) {
        return db.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.PAYMENT_ORDER_ID.eq(paymentOrderId))
                .fetchOptional(ParentOrderRepository::toOrder);
    }

    Optional<ParentOrder> lock(long id) {
        return db.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ID.eq(id)).forUpdate()
                .fetchOptional(ParentOrderRepository::toOrder);
    }

    Optional<ParentOrder> find(long id) {
        return db.selectFrom(CUSTOMER_ORDER).where(CUSTOMER_ORDER.ID.eq(id)).fetchOptional(ParentOrderRepository::toOrder);
    }

    void markPaid(long id, Instant paidAt) {
        db.update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.STATUS, "paid").set(CUSTOMER_ORDER.PAID_AT, paidAt)
                .where(CUSTOMER_ORDER.ID.eq(id)).execute();
    }

    /** Paid before it was cancelled, or paid as it was: the time is kept, the status stays cancelled. */
    void notePaid(long id, Instant paidAt) {
        db.update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.PAID_AT, paidAt).where(CUSTOMER_ORDER.ID.eq(id)).execute();
    }

    void markCancelled(long id, Instant cancelledAt) {
        db.update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.STATUS, "cancelled").set(CUSTOMER_ORDER.CANCELLED_AT, cancelledAt)
                .where(CUSTOMER_ORDER.ID.eq(id)).execute();
    }

    /** Served: a paid order whose meal or service has taken place. */
    void markCompleted(long id) {
        db.update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.STATUS, "completed")
                .where(CUSTOMER_ORDER.ID.eq(id), CUSTOMER_ORDER.STATUS.eq("paid")).execute();
    }

    void markRefunded(long id, Instant refundedAt) {
        db.update(CUSTOMER_ORDER).set(CUSTOMER_ORDER.STATUS, "refunded").set(CUSTOMER_ORDER.REFUNDED_AT, refundedAt)
                .where(CUSTOMER_ORDER.ID.eq(id)).execute();
    }

    private static ParentOrder toOrder(CustomerOrderRecord row) {
        return new ParentOrder(row.getId(), row.getPaymentOrderId(),
                MarketplaceOrderType.fromCode(row.getOrderType()).orElseThrow(), row.getChefUserId(),
                row.getCustomerUserId(), Money.ofMinor(row.getTotalMinor(), row.getCurrency().strip()), row.getStatus(),
                row.getIdempotencyKey(), row.getCreatedAt(), row.getPaidAt(), row.getCancelledAt(),
                row.getRefundedAt());
    }
}
