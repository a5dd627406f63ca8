package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.events.MarketplaceOrderDisputed;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeRefused;
import com.chefweb.payment.stripe.StripeUnavailable;
import com.chefweb.payment.stripe.StripeGateway.CheckoutPage;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.payment.stripe.StripeGateway.Payee;
import com.chefweb.shared.money.Money;
import com.chefweb.payment.events.MarketplaceOrderPaid;
import com.chefweb.booking.events.MarketplaceOrderCancelled;
import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.payment.events.MarketplaceOrderRefunded;
import com.chefweb.payment.stripe.StripeGateway.IssuedRefund;
import com.chefweb.shared.scheduling.RetryLater;
import org.jspecify.annotations.Nullable;
import com.chefweb.shared.refusal.Refusal;

/**
 * The marketplace's parent Order: whatever a marketplace chef sells (a meal order, a service order) is paid through
 * here, on one path. The order's owner announces it; the customer is sent to a Stripe Checkout page whose payment
 * goes to the chef's connected account, less the platform fee from configuration; Stripe's webhook marks it paid.
 * Stripe's metadata carries {@code order_type} and {@code order_id}.
 */
@Service
public class MarketplaceOrders {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceOrders.class);
    /** A page closer than this to expiring is not handed out again: the customer needs time to pay. */
    private static final java.time.Duration TIME_TO_PAY = java.time.Duration.ofMinutes(30);
    /** A page lives one to two hours, and never past the order's payment window. */
    private static final long PAGE_LIFETIME_HOURS = 2;

    private final MarketplaceOrderRepository orders;
    private final CopyArrivals arrivals;
    private final PayoutAccountRepository accounts;
    private final StripeGateway stripe;
    private final ConnectSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /**
     * How long after it was placed an order may still be paid: shorter than booking holds an unpaid order's servings
     * or the chef's time (three hours), so no page can be paid after they were given back.
     */
    private final java.time.Duration paymentWindow;

    MarketplaceOrders(MarketplaceOrderRepository orders, PayoutAccountRepository accounts, StripeGateway stripe,
            ConnectSettings settings, CopyArrivals arrivals, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${chefweb.payment.order-payment-window:PT2H30M}")
            java.time.Duration paymentWindow) {
        this.paymentWindow = paymentWindow;
        this.orders = orders;
        this.arrivals = arrivals;
        this.accounts = accounts;
        this.stripe = stripe;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Records the parent Order, with the fee the platform keeps, once the owner has committed the order. */
    @ApplicationModuleListener
    void on(MarketplaceOrderPlaced placed) {
        orders.insertIfAbsent(placed, placed.amount().percent(settings.platformFeePercent()));
        arrivals.announceAfterCommit(placed);
    }

    /**
     * A Stripe Checkout page for the customer's order, paid to the chef's account; the same order within the hour
     * gets the same page.
     *
     * @throws Refusal 404 for an order that is not the customer's, 409 once paid or while the chef cannot take
     *     payments, 503 without Stripe
     */
    public HostedCheckout checkout(UUID orderId, UUID customerUserId) {
        return checkout(customersOwn(arrivals.order(orderId), customerUserId));
    }

    /** The checkout page of the order with this number (the app's integer id). */
    public HostedCheckout checkoutNumbered(long orderNumber, UUID customerUserId) {
        return checkout(customersOwn(arrivals.orderNumbered(orderNumber), customerUserId));
    }

    /** The checkout page of the order paying for a meal order or a service order. */
    public HostedCheckout checkoutFor(MarketplaceOrderType type, long itemId, UUID customerUserId) {
        return checkout(customersOwn(arrivals.orderFor(type.code(), itemId), customerUserId));
    }

    /** The customer's order by its number, waiting a little for one placed a moment ago. */
    public MarketplaceOrder numbered(long orderNumber, UUID customerUserId) {
        return customersOwn(arrivals.orderNumbered(orderNumber), customerUserId);
    }

    /** The customer's order paying for a meal order or a service order. */
    public MarketplaceOrder orderFor(MarketplaceOrderType type, long itemId, UUID customerUserId) {
        return customersOwn(arrivals.orderFor(type.code(), itemId), customerUserId);
    }

    private static MarketplaceOrder customersOwn(java.util.Optional<MarketplaceOrder> order, UUID customerUserId) {
        return order.filter(found -> found.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
    }

    private HostedCheckout checkout(MarketplaceOrder order) {
        if (!order.payable()) {
            throw Refusal.conflict("Order is " + (order.cancelledAt() != null ? "cancelled" : order.status())
                    + "; cannot create checkout session");
        }
        if (!stripe.configured()) {
            throw Refusal.unavailable("Card payments are not configured");
        }
        PayoutAccount payee = transactions.execute(status -> accounts.forChef(order.chefId()))
                .filter(PayoutAccount::active)
                .orElseThrow(() -> Refusal.conflict("This chef cannot take payments yet; please try again later"));
        Instant now = clock.instant();
        if (order.stripeSessionUrl() != null && order.stripeSessionExpiresAt() != null
                && order.stripeSessionExpiresAt().isAfter(now.plus(TIME_TO_PAY))) {
            // the page handed out before is still open: a second one could be paid as well
            return new HostedCheckout(order.stripeSessionId(), order.stripeSessionUrl(), order.stripeSessionExpiresAt());
        }
        // the same count within the hour is the same page (two clicks at once); a page replaced since is never replayed
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant closes = hour.plus(PAGE_LIFETIME_HOURS, ChronoUnit.HOURS);
        Instant windowCloses = order.placedAt().plus(paymentWindow);
        if (windowCloses.isBefore(closes)) {
            closes = windowCloses;
        }
        if (closes.isBefore(now.plus(TIME_TO_PAY))) {
            // Stripe wants half an hour at least, and booking is about to give the servings or the time back
            throw Refusal.conflict("This order waited too long for its payment: cancel it and place a new one");
        }
        HostedCheckout checkout = stripe.createCheckoutSession(new CheckoutPage(order.amount(), order.description(),
                order.id().toString(), null, order.customerEmail(),
                Map.of("order_type", order.orderType(), "order_id", order.id().toString(),
                        "chef_id", order.chefId().toString()),
                false, settings.orderSuccessUrl(), settings.orderCancelUrl(), closes,
                new Payee(payee.stripeAccountId(), order.platformFee())),
                "order:" + order.id() + ":checkout:" + order.checkoutCount() + ":" + hour.getEpochSecond());
        Boolean recorded = transactions.execute(status -> orders.recordCheckout(order.id(), payee.stripeAccountId(),
                checkout, order.checkoutCount() + 1));
        if (!Boolean.TRUE.equals(recorded)) {
            // cancelled while the page was being made: it must never be paid
            expireQuietly(checkout.sessionId(), order.id());
            throw Refusal.conflict("Order is cancelled; cannot create checkout session");
        }
        if (order.stripeSessionId() != null && !order.stripeSessionId().equals(checkout.sessionId())) {
            try {
                stripe.expireCheckoutSession(order.stripeSessionId());
            } catch (StripeRefused | StripeUnavailable refused) {
                log.info("Earlier checkout {} of order {} could not be expired: {}", order.stripeSessionId(),
                        order.id(), refused.getMessage());
            }
        }
        return checkout;
    }

    @Transactional(readOnly = true)
    public MarketplaceOrder forCustomer(UUID orderId, UUID customerUserId) {
        return orders.find(orderId).filter(order -> order.customerUserId().equals(customerUserId))
                .orElseThrow(() -> Refusal.notFound("Order not found"));
    }

    /** Stripe says the order's PaymentIntent succeeded; in the webhook's transaction. Paid once, announced once. */
    void paid(UUID orderId, String paymentIntentId) {
        MarketplaceOrder order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException(
                "No marketplace order " + orderId + " for PaymentIntent " + paymentIntentId));
        if (order.paid()) {
            if (!paymentIntentId.equals(order.stripePaymentIntentId())) {
                log.error("Marketplace order {} was paid twice ({} and {}); refunding the second", orderId,
                        order.stripePaymentIntentId(), paymentIntentId);
                events.publishEvent(new DuplicateOrderPayment(orderId, paymentIntentId));
            }
            return;
        }
        Instant now = clock.instant();
        orders.markPaid(orderId, paymentIntentId, now);
        if (order.cancelledAt() != null) {
            // paid on a page opened before the order was cancelled: the money goes straight back
            log.warn("Cancelled marketplace order {} was paid ({}); refunding it", orderId, paymentIntentId);
            events.publishEvent(new CancelledOrderPaid(orderId));
            return;
        }
        log.info("Marketplace order {} ({}) paid: {} to chef {}, platform fee {}", orderId, order.orderType(),
                order.amount(), order.chefId(), order.platformFee());
        events.publishEvent(new MarketplaceOrderPaid(orderId, order.type(), order.chefId(), order.customerUserId(),
                order.amount(),
                order.platformFee(), now));
    }

    /** Gives a second payment of an order back, outside any transaction; the key makes it once. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(DuplicateOrderPayment duplicate) {
        stripe.refundMarketplaceCharge(duplicate.paymentIntentId(), "order-duplicate:" + duplicate.paymentIntentId());
    }

    /** A dispute about an order's payment: false when the payment is not a marketplace order's. */
    boolean disputed(String paymentIntentId, long amountMinor, String reason) {
        return orders.lockByIntent(paymentIntentId).map(order -> {
            log.error("Payment {} of marketplace order {} is disputed: respond in Stripe", paymentIntentId, order.id());
            events.publishEvent(new MarketplaceOrderDisputed(order.id(), order.type(), order.chefId(),
                    new Money(amountMinor, order.amount().currency()), reason));
            return true;
        }).orElse(false);
    }

    /** Stripe refunded the order's payment in full (from its dashboard): the order is refunded. */
    boolean refunded(String paymentIntentId, long refundedMinor) {
        return orders.lockByIntent(paymentIntentId).map(order -> {
            if (refundedMinor >= order.amount().minorUnits()) {
                markRefunded(order, null);
            }
            return true;
        }).orElse(false);
    }

    /**
     * Booking cancelled the order: an unpaid one is never charged (its open page is expired), a paid one is refunded
     * in full with the chef's transfer and the platform fee reversed. Outside any transaction, as it calls Stripe;
     * the refund's key makes a redelivery the same refund.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(MarketplaceOrderCancelled cancelled) {
        MarketplaceOrder order = transactions.execute(status -> {
            MarketplaceOrder locked = orders.lock(cancelled.orderId()).orElseThrow(() -> new RetryLater(
                    "Payment has no copy of cancelled order " + cancelled.orderId() + " yet"));
            orders.markCancelled(locked.id(), cancelled.cancelledAt());
            return locked;
        });
        if (order.status().equals("paid")) {
            refund(order.id());
        } else if (order.status().equals("awaiting_payment") && order.stripeSessionId() != null) {
            expire(order);
        }
    }

    /** A cancelled order's payment arrived: it is given back as the cancellation's would have been. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CancelledOrderPaid paid) {
        refund(paid.orderId());
    }

    private void refund(UUID orderId) {
        MarketplaceOrder order = transactions.execute(status -> orders.find(orderId)).orElseThrow();
        if (!order.status().equals("paid") || order.stripePaymentIntentId() == null) {
            return;
        }
        IssuedRefund refund = stripe.refundCancelledMarketplaceOrder(order.stripePaymentIntentId(),
                "order-cancel:" + order.id());
        transactions.executeWithoutResult(status -> orders.lock(orderId).ifPresent(locked -> markRefunded(locked,
                refund.refundId())));
        log.info("Cancelled marketplace order {} refunded: {} back to the customer ({})", orderId, order.amount(),
                refund.refundId());
    }

    private void expire(MarketplaceOrder order) {
        expireQuietly(java.util.Objects.requireNonNull(order.stripeSessionId()), order.id());
    }

    private void expireQuietly(String sessionId, UUID orderId) {
        try {
            stripe.expireCheckoutSession(sessionId);
        } catch (StripeRefused | StripeUnavailable refused) {
            // a page that cannot be expired may still be paid: that payment is refunded when it arrives
            log.info("Checkout {} of cancelled order {} could not be expired: {}", sessionId, orderId,
                    refused.getMessage());
        }
    }

    /** Marks the order refunded once, and says so once, whichever of our refund and Stripe's webhook comes first. */
    private void markRefunded(MarketplaceOrder order, @Nullable String refundId) {
        if (order.status().equals("refunded")) {
            return;
        }
        Instant now = clock.instant();
        orders.markRefunded(order.id(), refundId, now);
        events.publishEvent(new MarketplaceOrderRefunded(order.id(), order.type(), order.chefId(), order.amount(),
                now));
    }
}
