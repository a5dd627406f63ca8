package com.chefweb.shared.order;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * Stripe confirmed the payment of a marketplace order: the amount went to the chef's account, less the platform fee.
 *
 * @param orderType {@code chef_meal} or {@code service}
 */
public record MarketplaceOrderPaid(UUID orderId, String orderType, UUID chefId, Money amount, Money platformFee,
        Instant paidAt) {
}
