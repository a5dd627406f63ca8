package com.chefweb.payment.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.booking.events.MarketplaceOrderRefundReported;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.chefs.events.ChefSaleRefunded;
import com.chefweb.shared.money.Money;

/**
 * A marketplace order's payment went back to the customer in full: the chef's transfer and the platform's fee were
 * reversed with it.
 */
public record MarketplaceOrderRefunded(UUID orderId, MarketplaceOrderType orderType, UUID chefId, Money amount,
        Instant refundedAt) implements MarketplaceOrderRefundReported,
        ChefSaleRefunded {
}
