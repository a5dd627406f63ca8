package com.chefweb.payment.domain;

import static com.chefweb.payment.jooq.Tables.MARKETPLACE_ORDER;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.payment.jooq.tables.records.MarketplaceOrderRecord;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.shared.money.Money;
import com.chefweb.booking.events.MarketplaceOrderPlaced;

@Repository
class MarketplaceOrderRepository {

    private final DSLContext db;

    MarketplaceOrderRepository(DSLContext db) {
        this.db = db;
    }

    void insertIfAbsent(MarketplaceOrderPlaced placed, Money platformFee) {
        db.insertInto(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.ID, placed.orderId())
                .set(MARKETPLACE_ORDER.ORDER_NUMBER, placed.orderNumber())
                .set(MARKETPLACE_ORDER.ITEM_ID, placed.itemId())
                .set(MARKETPLACE_ORDER.PLACED_AT, placed.placedAt())
                .set(MARKETPLACE_ORDER.ORDER_TYPE, placed.orderType().code())
                .set(MARKETPLACE_ORDER.CHEF_ID, placed.chefId())
                .set(MARKETPLACE_ORDER.CUSTOMER_USER_ID, placed.customerUserId())
                .set(MARKETPLACE_ORDER.CUSTOMER_EMAIL, placed.customerEmail())
                .set(MARKETPLACE_ORDER.DESCRIPTION, placed.description())
                .set(MARKETPLACE_ORDER.AMOUNT_MINOR, placed.amount().minorUnits())
                .set(MARKETPLACE_ORDER.CURRENCY, placed.amount().currency().getCurrencyCode())
                .set(MARKETPLACE_ORDER.PLATFORM_FEE_MINOR, platformFee.minorUnits())
                .onConflictDoNothing()
                .execute();
    }

    Optional<MarketplaceOrder> find(UUID id) {
        return db.selectFrom(MARKETPLACE_ORDER).where(MARKETPLACE_ORDER.ID.eq(id))
                .fetchOptional(MarketplaceOrderRepository::toOrder);
    }

    Optional<MarketplaceOrder> findByNumber(long orderNumber) {
        return db.selectFrom(MARKETPLACE_ORDER).where(MARKETPLACE_ORDER.ORDER_NUMBER.eq(orderNumber))
                .fetchOptional(MarketplaceOrderRepository::toOrder);
    }

    /** The order paying for one meal order or service order: booking's newest, as a changed item is paid anew. */
    Optional<MarketplaceOrder> findByItem(String orderType, long itemId) {
        return db.selectFrom(MARKETPLACE_ORDER)
                .where(MARKETPLACE_ORDER.ORDER_TYPE.eq(orderType), MARKETPLACE_ORDER.ITEM_ID.eq(itemId))
                .orderBy(MARKETPLACE_ORDER.ORDER_NUMBER.desc().nullsLast(), MARKETPLACE_ORDER.CREATED_AT.desc()).limit(1)
                .fetchOptional(MarketplaceOrderRepository::toOrder);
    }

    Optional<MarketplaceOrder> lock(UUID id) {
        return db.selectFrom(MARKETPLACE_ORDER).where(MARKETPLACE_ORDER.ID.eq(id)).forUpdate()
                .fetchOptional(MarketplaceOrderRepository::toOrder);
    }

    Optional<MarketplaceOrder> lockByIntent(String paymentIntentId) {
        return db.selectFrom(MARKETPLACE_ORDER).where(MARKETPLACE_ORDER.STRIPE_PAYMENT_INTENT_ID.eq(paymentIntentId))
                .forUpdate().fetchOptional(MarketplaceOrderRepository::toOrder);
    }

    /**
     * Records the page handed out while the order can still be paid; the count only grows, so two requests with the
     * same count record it once.
     *
     * @return false when the order was cancelled meanwhile
     */
    boolean recordCheckout(UUID id, String stripeAccountId, HostedCheckout checkout, int count) {
        return db.update(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.STRIPE_ACCOUNT_ID, stripeAccountId)
                .set(MARKETPLACE_ORDER.STRIPE_SESSION_ID, checkout.sessionId())
                .set(MARKETPLACE_ORDER.STRIPE_SESSION_URL, checkout.url())
                .set(MARKETPLACE_ORDER.STRIPE_SESSION_EXPIRES_AT, checkout.expiresAt())
                .set(MARKETPLACE_ORDER.CHECKOUT_COUNT, DSL.greatest(MARKETPLACE_ORDER.CHECKOUT_COUNT, DSL.val(count)))
                .where(MARKETPLACE_ORDER.ID.eq(id), MARKETPLACE_ORDER.STATUS.eq("awaiting_payment"),
                        MARKETPLACE_ORDER.CANCELLED_AT.isNull())
                .execute() == 1;
    }

    void markPaid(UUID id, String paymentIntentId, Instant paidAt) {
        db.update(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.STATUS, "paid")
                .set(MARKETPLACE_ORDER.STRIPE_PAYMENT_INTENT_ID, paymentIntentId)
                .set(MARKETPLACE_ORDER.PAID_AT, paidAt)
                .where(MARKETPLACE_ORDER.ID.eq(id))
                .execute();
    }

    /** Its owner cancelled it: an unpaid one is never charged, a paid one waits for its refund. */
    void markCancelled(UUID id, Instant cancelledAt) {
        db.update(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.STATUS, DSL.when(MARKETPLACE_ORDER.STATUS.eq("awaiting_payment"),
                        DSL.val("cancelled")).otherwise(MARKETPLACE_ORDER.STATUS))
                .set(MARKETPLACE_ORDER.CANCELLED_AT, DSL.coalesce(MARKETPLACE_ORDER.CANCELLED_AT, DSL.val(cancelledAt)))
                .where(MARKETPLACE_ORDER.ID.eq(id))
                .execute();
    }

    void markRefunded(UUID id, @Nullable String refundId, Instant refundedAt) {
        db.update(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.STATUS, "refunded")
                .set(MARKETPLACE_ORDER.REFUNDED_AT, refundedAt)
                .set(MARKETPLACE_ORDER.STRIPE_REFUND_ID, DSL.coalesce(DSL.val(refundId), MARKETPLACE_ORDER.STRIPE_REFUND_ID))
                .where(MARKETPLACE_ORDER.ID.eq(id))
                .execute();
    }

    private static MarketplaceOrder toOrder(MarketplaceOrderRecord row) {
        String currency = row.getCurrency();
        return new MarketplaceOrder(row.getId(), row.getOrderNumber(), row.getItemId(), row.getOrderType(), row.getChefId(), row.getCustomerUserId(),
                row.getCustomerEmail(), row.getDescription(), Money.ofMinor(row.getAmountMinor(), currency),
                Money.ofMinor(row.getPlatformFeeMinor(), currency), row.getStatus(), row.getStripeSessionId(),
                row.getStripeSessionUrl(),
                row.getStripeSessionExpiresAt(),
                row.getCheckoutCount(), row.getStripePaymentIntentId(), row.getCreatedAt(),
                row.getPaidAt(), row.getCancelledAt(), row.getPlacedAt() != null ? row.getPlacedAt() : row.getCreatedAt());
    }
}
