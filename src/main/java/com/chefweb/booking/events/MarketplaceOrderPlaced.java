package com.chefweb.booking.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;
import com.chefweb.shared.money.Money;

/**
 * A customer ordered from a marketplace chef (seats at a meal event, a service) and is to pay for it. Payment keeps
 * the parent Order from it and charges it to the chef's Stripe account, less the platform's fee.
 *
 * @param orderId the order's id: the parent Order's too, and the one its Stripe payment carries
 * @param orderNumber the parent Order's integer id, the one the app shows and puts in its paths
 * @param itemId what the order buys: the meal order's or the service order's id
 * @param chefId the chef's account (user id), which payment knows the chef's payout account by
 * @param customerUserId the signed-in customer who may pay it
 * @param customerEmail where Stripe sends the receipt; null when booking does not know it (Stripe asks)
 * @param description what the customer sees on the checkout page
 * @param servesAt when the chef serves it (the meal event's start, the service's start), for reminders
 * @param timeZone the zone the chef serves it in
 * @param placedAt when booking placed it: booking holds what it bought for a while from then, and no checkout page
 *     may outlive that hold
 */
public record MarketplaceOrderPlaced(UUID orderId, long orderNumber, long itemId, MarketplaceOrderType orderType,
        UUID chefId, UUID customerUserId, @Nullable String customerEmail, String description, Money amount,
        Instant servesAt, String timeZone, Instant placedAt) implements ClientFactReported {

    /** The chef's lead for the customer has an order to pay: a proposal. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(chefId, customerUserId, null, customerEmail, null, "order", "order-placed:" + orderId,
                "order:" + orderId, "proposal", "Ordered " + description + " (order #" + orderNumber + ")",
                Map.of("order_number", Long.toString(orderNumber), "order_type", orderType.code(),
                        "amount", amount.toMajor().toPlainString(), "currency", amount.currency().getCurrencyCode()),
                placedAt);
    }
}
