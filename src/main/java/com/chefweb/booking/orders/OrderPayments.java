package com.chefweb.booking.orders;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.MarketplaceOrderPaymentReceived;
import com.chefweb.booking.events.MarketplaceOrderRefundReported;

/** Payment tells booking what happened to an order's money; only this marks a marketplace order paid or refunded. */
@Component
class OrderPayments {

    private static final Logger log = LoggerFactory.getLogger(OrderPayments.class);

    private final ParentOrders orders;
    private final List<OrderedItems> items;

    OrderPayments(ParentOrders orders, List<OrderedItems> items) {
        this.orders = orders;
        this.items = List.copyOf(items);
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderPaymentReceived received) {
        lockItems(received.orderId());
        orders.paid(received.orderId(), received.paidAt()).ifPresentOrElse(
                order -> itemsOf(order).paid(order),
                () -> log.info("Payment of marketplace order {} arrived after it was cancelled; payment refunds it",
                        received.orderId()));
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderRefundReported refunded) {
        lockItems(refunded.orderId());
        orders.refunded(refunded.orderId(), refunded.refundedAt()).ifPresent(order -> itemsOf(order).refunded(order));
    }

    private void lockItems(java.util.UUID paymentOrderId) {
        ParentOrder order = orders.byPaymentOrder(paymentOrderId).orElseThrow(() -> new IllegalStateException(
                "Payment news of unknown marketplace order " + paymentOrderId));
        itemsOf(order).lockFor(order.id());
    }

    private OrderedItems itemsOf(ParentOrder order) {
        return items.stream().filter(kind -> kind.type() == order.type()).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nothing handles " + order.type() + " orders"));
    }
}
