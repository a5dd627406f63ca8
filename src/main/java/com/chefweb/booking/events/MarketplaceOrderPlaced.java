package com.chefweb.booking.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * A customer ordered from a marketplace chef (seats at a meal event, a service) and is to pay for it. Payment keeps
 * the parent Order from it and charges it to the chef's Stripe account, less the platform's fee.
 *
 * @param orderId the order's id: the parent Order's too, and the one its Stripe payment carries
 * @param customerUserId the signed-in customer who may pay it
 * @param description what the customer sees on the checkout page
 */
public record MarketplaceOrderPlaced(UUID orderId, MarketplaceOrderType orderType, UUID chefId, UUID customerUserId,
        String customerEmail, String description, Money amount) {
}
