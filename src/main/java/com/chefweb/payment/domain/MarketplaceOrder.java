package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.shared.money.Money;

/**
 * The parent Order of something a marketplace chef sold.
 *
 * @param status {@code awaiting_payment}, {@code paid} or {@code refunded}
 */
public record MarketplaceOrder(UUID id, String orderType, UUID chefId, UUID customerUserId, String customerEmail,
        String description, Money amount, Money platformFee, String status, @Nullable String stripeSessionId,
        @Nullable String stripeSessionUrl, @Nullable Instant stripeSessionExpiresAt, int checkoutCount,
        @Nullable String stripePaymentIntentId, Instant createdAt, @Nullable Instant paidAt) {

    MarketplaceOrderType type() {
        return MarketplaceOrderType.fromCode(orderType).orElseThrow(
                () -> new IllegalStateException("Order " + id + " has an unknown type " + orderType));
    }

    public boolean paid() {
        return !status.equals("awaiting_payment");
    }
}
