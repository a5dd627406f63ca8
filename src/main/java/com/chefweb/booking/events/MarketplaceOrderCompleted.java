package com.chefweb.booking.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;

/** What a marketplace order bought was served: the meal took place, or the chef's service was done. */
public record MarketplaceOrderCompleted(UUID orderId, long orderNumber, MarketplaceOrderType orderType, UUID chefId,
        UUID customerUserId, Instant completedAt) implements ClientFactReported {

    /** The chef's client was served: time to follow up. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(chefId, customerUserId, null, null, null, "completion", "order-completed:" + orderId,
                "order:" + orderId, "follow_up", "Order #" + orderNumber + " was served",
                Map.of("order_number", Long.toString(orderNumber), "order_type", orderType.code()), completedAt);
    }
}
