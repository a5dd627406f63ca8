package com.chefweb.payment.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.chefweb.booking.events.MarketplaceOrderPaymentReceived;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.chefs.events.ChefSalePaid;
import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;
import com.chefweb.shared.money.Money;

/** Stripe confirmed the payment of a marketplace order: the amount went to the chef's account, less the platform fee. */
public record MarketplaceOrderPaid(UUID orderId, MarketplaceOrderType orderType, UUID chefId, UUID customerUserId,
        Money amount, Money platformFee, Instant paidAt)
        implements MarketplaceOrderPaymentReceived, ChefSalePaid, ClientFactReported {

    /** The chef's lead for the customer paid: booked. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(chefId, customerUserId, null, null, null, "payment", "order-paid:" + orderId,
                "order:" + orderId, "booked", "Paid " + amount.toMajor().toPlainString() + " "
                        + amount.currency().getCurrencyCode(),
                Map.of("amount", amount.toMajor().toPlainString(), "currency", amount.currency().getCurrencyCode(),
                        "order_type", orderType.code()), paidAt);
    }
}
