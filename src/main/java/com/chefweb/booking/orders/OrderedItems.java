package com.chefweb.booking.orders;

import com.chefweb.booking.events.MarketplaceOrderType;

/** What a parent Order buys (meal orders, service orders), told what its payment did. */
public interface OrderedItems {

    MarketplaceOrderType type();

    /**
     * Locks what the order bought, before the order itself: every path locks a meal event, then its meal orders, then
     * their parent Orders (a service order, then its Order), so two of them never wait for each other.
     */
    void lockFor(long orderId);

    /** The order is paid: a meal order is paid, a service order confirmed. */
    void paid(ParentOrder order);

    /** The order's money went back to the customer. */
    void refunded(ParentOrder order);
}
