package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.shared.money.Money;

/**
 * The parent Order of something a marketplace chef sold.
 *
 * @param orderNumber the integer id the app shows (null for orders placed before there were numbers)
 * @param itemId the meal order or service order it pays for
 * @param status {@code awaiting_payment}, {@code paid}, {@code cancelled} (never charged) or {@code refunded}
 * @param cancelledAt when its owner cancelled it: a payment is then given back
 * @param placedAt when its owner placed it, which the payment window counts from
 */
public record MarketplaceOrder(UUID id, @Nullable Long orderNumber, @Nullable Long itemId, String orderType,
        UUID chefId, UUID customerUserId, @Nullable String customerEmail,
        String description, Money amount, Money platformFee, String status, @Nullable String stripeSessionId,
        @Nullable String stripeSessionUrl, @Nullable Instant stripeSessionExpiresAt, int checkoutCount,
        @Nullable String stripePaymentIntentId, Instant createdAt, @Nullable Instant paidAt,
        @Nullable Instant cancelledAt, Instant placedAt) {

    MarketplaceOrderType type() {
        return MarketplaceOrderType.fromCode(orderType).orElseThrow(
                () -> new IllegalStateException("Order " + id + " has an unknown type " + orderType));
    }

    /** Stripe took the money (it may have gone back since). */
    public boolean paid() {
        return status.equals("paid") || status.equals("refunded");
    }

    /** Still waiting for its money: a checkout page may be handed out. */
    public boolean payable() {
        return status.equals("awaiting_payment") && cancelledAt == null;
    }
}
