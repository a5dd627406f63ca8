package com.chefweb.booking.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;

/**
 * A marketplace order will not be served: its customer cancelled it before the cutoff, its chef cancelled the event,
 * or it was left unpaid. Payment refunds it in full when it was paid (the chef's transfer and the platform fee are
 * reversed) and never charges it otherwise; a payment that arrives later is given back.
 *
 * @param reason why, in words the customer may read
 */
public record MarketplaceOrderCancelled(UUID orderId, MarketplaceOrderType orderType, UUID chefId,
        UUID customerUserId, String reason, Instant cancelledAt) implements ClientFactReported {

    /** Noted on the chef's lead for the customer; the stage stays where it was. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(chefId, customerUserId, null, null, null, "cancellation", "order-cancelled:" + orderId,
                "order:" + orderId, null, "Order cancelled: " + reason,
                Map.of("order_type", orderType.code(), "reason", reason), cancelledAt);
    }
}
