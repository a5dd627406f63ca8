package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

/** The whole payment of a marketplace order went back to the customer. Implemented by payment's event. */
public interface MarketplaceOrderRefundReported {

    UUID orderId();

    Instant refundedAt();
}
