package com.chefweb.payment.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.booking.events.MarketplaceOrderPaymentReceived;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.chefs.events.ChefSalePaid;
import com.chefweb.shared.money.Money;

/** Stripe confirmed the payment of a marketplace order: the amount went to the chef's account, less the platform fee. */
public record MarketplaceOrderPaid(UUID orderId, MarketplaceOrderType orderType, UUID chefId, UUID customerUserId,
        Money amount, Money platformFee, Instant paidAt) implements MarketplaceOrderPaymentReceived, ChefSalePaid {
}
