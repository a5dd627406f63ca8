package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Stripe confirmed the payment of a marketplace order. Implemented by payment's event, so booking hears it without
 * depending on payment; only this marks a meal order paid or a service order confirmed.
 */
public interface MarketplaceOrderPaymentReceived {

    UUID orderId();

    Instant paidAt();
}
