package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.shared.money.Money;

/**
 * A customer's bank disputed the payment of a marketplace order. With destination charges the platform answers for
 * it, so admins must respond in Stripe.
 */
public record MarketplaceOrderDisputed(UUID orderId, MarketplaceOrderType orderType, UUID chefId, Money amount, String reason) {
}
