package com.chefweb.shared.order;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * A customer ordered from a marketplace chef and is to pay for it. Published in the owner's transaction; payment
 * records the parent Order in the same transaction, so a checkout can start at once.
 *
 * @param orderId the order's id: the Order's, and the one its Stripe payment carries
 * @param orderType {@code chef_meal} or {@code service}
 * @param customerUserId the signed-in customer who may pay it
 * @param description what the customer sees on the checkout page
 */
public record MarketplaceOrderPlaced(UUID orderId, String orderType, UUID chefId, UUID customerUserId,
        String customerEmail, String description, Money amount) {

    public MarketplaceOrderPlaced {
        if (!orderType.equals("chef_meal") && !orderType.equals("service")) {
            throw new IllegalArgumentException("An order is a chef_meal or a service, not " + orderType);
        }
    }
}
