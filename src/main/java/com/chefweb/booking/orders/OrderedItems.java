package com.chefweb.booking.orders;

import com.chefweb.booking.events.MarketplaceOrderType;

/** What a parent Order buys (meal orders, service orders), told what its payment did. */
public interface OrderedItems {

    MarketplaceOrderType type();

    /** The order is paid: a meal order is paid, a service order confirmed. */
    void paid(ParentOrder order);

    /** The order's money went back to the customer. */
    void refunded(ParentOrder order);
}
