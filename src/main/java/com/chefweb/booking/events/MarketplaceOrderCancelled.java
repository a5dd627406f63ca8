package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace order will not be served: its customer cancelled it before the cutoff, its chef cancelled the event,
 * or it was left unpaid. Payment refunds it in full when it was paid (the chef's transfer and the platform fee are
 * reversed) and never charges it otherwise; a payment that arrives later is given back.
 *
 * @param reason why, in words the customer may read
 */
public record MarketplaceOrderCancelled(UUID orderId, MarketplaceOrderType orderType, UUID chefId,
        UUID customerUserId, String reason, Instant cancelledAt) {
}
