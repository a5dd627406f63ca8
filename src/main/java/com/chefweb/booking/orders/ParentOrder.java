package com.chefweb.booking.orders;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.shared.money.Money;

/**
 * The parent Order of whatever a customer buys from a marketplace chef: payment charges it, and the meal order or
 * service order under it follows its payment.
 *
 * @param id the integer id the app shows
 * @param paymentOrderId the id payment and Stripe know it by
 * @param status {@code placed}, {@code paid}, {@code cancelled}, {@code refunded} or {@code completed}
 */
public record ParentOrder(long id, UUID paymentOrderId, MarketplaceOrderType type, UUID chefUserId,
        UUID customerUserId, Money total, String status, @Nullable String idempotencyKey, Instant createdAt,
        @Nullable Instant paidAt, @Nullable Instant cancelledAt, @Nullable Instant refundedAt) {

    /** Stripe took its money (it may have gone back since). */
    public boolean isPaid() {
        return paidAt != null;
    }
}
