package com.chefweb.booking.orders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.events.MarketplaceOrderCancelled;
import com.chefweb.booking.events.MarketplaceOrderCompleted;
import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;

/**
 * The one path by which anything a marketplace chef sells is ordered and paid: the parent Order is written with
 * what it buys in the same transaction and announced, so payment charges it; its cancellation is announced, so
 * payment refunds it or never charges it. Called inside the caller's transaction.
 */
@Service
public class ParentOrders {

    private final ParentOrderRepository orders;
    private final MarketplacePeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ParentOrders(ParentOrderRepository orders, MarketplacePeople people, ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The customer's order placed earlier with this key, if any: a retried request gets it back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ParentOrder> placedWith(UUID customerUserId, @Nullable String idempotencyKey) {
        return idempotencyKey == null ? Optional.empty() : orders.byKey(customerUserId, idempotencyKey);
    }

    /**
     * Writes the parent Order; the caller then writes what it buys and calls {@link #announce}.
     *
     * @throws Refusal.Conflict when the same key is being used by an order placed at this very moment
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ParentOrder open(MarketplaceOrderType type, UUID chefUserId, UUID customerUserId, Money total,
            @Nullable String idempotencyKey) {
        return orders.insert(type, chefUserId, customerUserId, total, idempotencyKey, clock.instant())
                .orElseThrow(() -> Refusal.conflict("This order is being placed already; look at your orders in a "
                        + "moment"));
    }

    /** Tells payment to charge the order, once what it buys is written. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(ParentOrder order, long itemId, String description, Instant servesAt, ZoneId zone) {
        String email = people.customer(order.customerUserId()).map(customer -> customer.email()).orElse(null);
        events.publishEvent(new MarketplaceOrderPlaced(order.paymentOrderId(), order.id(), itemId, order.type(),
                order.chefUserId(), order.customerUserId(), email, description, order.total(), servesAt, zone.getId(), order.createdAt()));
    }

    /** Stripe confirmed its payment: true when the order is now paid, false when it was cancelled meanwhile. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ParentOrder> paid(UUID paymentOrderId, Instant paidAt) {
        ParentOrder order = orders.lockByPaymentOrder(paymentOrderId).orElseThrow(() -> new IllegalStateException(
                "Payment for unknown marketplace order " + paymentOrderId));
        if (!order.status().equals("placed")) {
            if (order.paidAt() == null) {
                // cancelled before the money came: payment gives it back, the order stays cancelled
                orders.notePaid(order.id(), paidAt);
            }
            return Optional.empty();
        }
        orders.markPaid(order.id(), paidAt);
        return orders.find(order.id());
    }

    /** Cancels the order and tells payment, which refunds it when paid. Called with what it bought locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(long orderId, String reason) {
        ParentOrder order = orders.lock(orderId).orElseThrow();
        if (order.status().equals("cancelled") || order.status().equals("refunded")) {
            return;
        }
        Instant now = clock.instant();
        orders.markCancelled(orderId, now);
        events.publishEvent(new MarketplaceOrderCancelled(order.paymentOrderId(), order.type(), order.chefUserId(),
                order.customerUserId(), reason, now));
    }

    /** What it bought has been served. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(long orderId) {
        orders.markCompleted(orderId);
        orders.find(orderId).ifPresent(order -> events.publishEvent(new MarketplaceOrderCompleted(
                order.paymentOrderId(), order.id(), order.type(), order.chefUserId(), order.customerUserId(),
                clock.instant())));
    }

    /** Its whole payment went back: the order is refunded. Returns it, or empty when it was never cancelled here. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ParentOrder> refunded(UUID paymentOrderId, Instant refundedAt) {
        ParentOrder order = orders.lockByPaymentOrder(paymentOrderId).orElseThrow(() -> new IllegalStateException(
                "Refund for unknown marketplace order " + paymentOrderId));
        if (order.status().equals("refunded")) {
            return Optional.empty();
        }
        orders.markRefunded(order.id(), refundedAt);
        return orders.find(order.id());
    }

    @Transactional(readOnly = true)
    public Optional<ParentOrder> byPaymentOrder(UUID paymentOrderId) {
        return orders.byPaymentOrder(paymentOrderId);
    }

    @Transactional(readOnly = true)
    public Optional<ParentOrder> find(long id) {
        return orders.find(id);
    }
}
