package com.chefweb.payment.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.shared.scheduling.Arrivals;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Lets a request wait for payment's copy of what another module sold (a booking, a marketplace order), which arrives
 * from that module's events a moment after its transaction commits: a card payment started right after the booking
 * was placed, an order's checkout opened right after the order, and the storefront's checkout, which asks booking to
 * place the booking and answers with the payment in the same request. A waiter wakes when the
 * copy is committed on this instance; it also looks again every 100 ms, so a copy written elsewhere (a redelivery,
 * another instance) is found too ({@link Arrivals}).
 */
@Component
class CopyArrivals {

    private final Arrivals arrivals = new Arrivals();
    private final BookingDueRepository dues;
    private final MarketplaceOrderRepository orders;
    private final TransactionTemplate transactions;
    private final Duration copyWait;

    CopyArrivals(BookingDueRepository dues, MarketplaceOrderRepository orders, TransactionTemplate transactions,
            @Value("${chefweb.payment.copy-wait:PT2S}") Duration copyWait) {
        this.dues = dues;
        this.orders = orders;
        this.transactions = transactions;
        this.copyWait = copyWait;
    }

    /** Payment's copy of the booking, waiting a little for one placed a moment ago; empty for an unknown booking. */
    Optional<BookingDue> due(UUID bookingId) {
        return await("booking:" + bookingId, copyWait, () -> dues.find(bookingId));
    }

    /** Payment's copy of the order, waiting a little for one placed a moment ago; empty for an unknown order. */
    Optional<MarketplaceOrder> order(UUID orderId) {
        return await("order:" + orderId, copyWait, () -> orders.find(orderId));
    }



    /** The order by its number, waiting a little for one placed a moment ago. */
    Optional<MarketplaceOrder> orderNumbered(long orderNumber) {
        return await("order-number:" + orderNumber, copyWait, () -> orders.findByNumber(orderNumber));
    }

    /** The order paying for a meal order or a service order, waiting a little for one placed a moment ago. */
    Optional<MarketplaceOrder> orderFor(String orderType, long itemId) {
        // an item changed before payment is paid through a new order, announced with the old one's cancellation:
        // while the newest copy was cancelled only a moment ago, wait for its replacement; an older cancellation
        // has none coming, and is answered at once
        String key = "order-item:" + orderType + ":" + itemId;
        Optional<MarketplaceOrder> newest = await(key, copyWait, () -> orders.findByItem(orderType, itemId));
        if (newest.isPresent() && newest.get().cancelledAt() != null
                && newest.get().cancelledAt().isAfter(java.time.Instant.now().minus(copyWait))) {
            Optional<MarketplaceOrder> standing = await(key, copyWait,
                    () -> orders.findByItem(orderType, itemId).filter(order -> order.cancelledAt() == null));
            return standing.isPresent() ? standing : transactions.execute(status -> orders.findByItem(orderType, itemId));
        }
        return newest;
    }

    /** Wakes the waiters for this copy once the transaction that wrote it has committed. */
    void announceAfterCommit(BookingDue due) {
        arrivals.announceAfterCommit("booking:" + due.bookingId());
    }

    void announceAfterCommit(MarketplaceOrderPlaced placed) {
        arrivals.announceAfterCommit("order:" + placed.orderId(), "order-number:" + placed.orderNumber(),
                "order-item:" + placed.orderType().code() + ":" + placed.itemId());
    }


    private <T> Optional<T> await(String key, Duration patience, Supplier<Optional<T>> lookup) {
        return arrivals.await(key, patience, () -> transactions.execute(status -> lookup.get()));
    }
}
