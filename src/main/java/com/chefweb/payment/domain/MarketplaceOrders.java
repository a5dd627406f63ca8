package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeGateway.CheckoutPage;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.payment.stripe.StripeGateway.Payee;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.order.MarketplaceOrderPaid;
import com.chefweb.shared.order.MarketplaceOrderPlaced;
import com.chefweb.shared.web.ApiProblem;

/**
 * The marketplace's parent Order: whatever a marketplace chef sells (a meal order, a service order) is paid through
 * here, on one path. The order's owner announces it; the customer is sent to a Stripe Checkout page whose payment
 * goes to the chef's connected account, less the platform fee from configuration; Stripe's webhook marks it paid.
 * Stripe's metadata carries {@code order_type} and {@code order_id}.
 */
@Service
public class MarketplaceOrders {

    private static final Logger log = LoggerFactory.getLogger(MarketplaceOrders.class);

    private final MarketplaceOrderRepository orders;
    private final PayoutAccountRepository accounts;
    private final StripeGateway stripe;
    private final ConnectSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketplaceOrders(MarketplaceOrderRepository orders, PayoutAccountRepository accounts, StripeGateway stripe,
            ConnectSettings settings, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.accounts = accounts;
        this.stripe = stripe;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Records the parent Order in the owner's transaction, with the fee the platform keeps. */
    @EventListener
    void on(MarketplaceOrderPlaced placed) {
        orders.insertIfAbsent(placed, placed.amount().percent(settings.platformFeePercent()));
    }

    /**
     * A Stripe Checkout page for the customer's order, paid to the chef's account; the same order within the hour
     * gets the same page.
     *
     * @throws ApiProblem 404 for an order that is not the customer's, 409 once paid or while the chef cannot take
     *     payments, 503 without Stripe
     */
    public HostedCheckout checkout(UUID orderId, UUID customerUserId) {
        if (!stripe.configured()) {
            throw ApiProblem.unavailable("Card payments are not configured");
        }
        MarketplaceOrder order = transactions.execute(status -> orders.find(orderId))
                .filter(found -> found.customerUserId().equals(customerUserId))
                .orElseThrow(() -> ApiProblem.notFound("Order not found"));
        if (order.paid()) {
            throw ApiProblem.conflict("Order is " + order.status() + "; cannot create checkout session");
        }
        PayoutAccount payee = transactions.execute(status -> accounts.forChef(order.chefId()))
                .filter(PayoutAccount::active)
                .orElseThrow(() -> ApiProblem.conflict("This chef cannot take payments yet; please try again later"));
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS);
        HostedCheckout checkout = stripe.createCheckoutSession(new CheckoutPage(order.amount(), order.description(),
                order.id().toString(), null, order.customerEmail(),
                Map.of("order_type", order.orderType(), "order_id", order.id().toString(),
                        "chef_id", order.chefId().toString()),
                false, settings.orderSuccessUrl(), settings.orderCancelUrl(), hour.plus(23, ChronoUnit.HOURS),
                new Payee(payee.stripeAccountId(), order.platformFee())),
                "order:" + order.id() + ":checkout:" + hour.getEpochSecond());
        transactions.executeWithoutResult(status -> orders.recordCheckout(order.id(), payee.stripeAccountId(),
                checkout.sessionId()));
        return checkout;
    }

    @Transactional(readOnly = true)
    public MarketplaceOrder forCustomer(UUID orderId, UUID customerUserId) {
        return orders.find(orderId).filter(order -> order.customerUserId().equals(customerUserId))
                .orElseThrow(() -> ApiProblem.notFound("Order not found"));
    }

    /** Stripe says the order's PaymentIntent succeeded; in the webhook's transaction. Paid once, announced once. */
    void paid(UUID orderId, String paymentIntentId) {
        MarketplaceOrder order = orders.lock(orderId).orElseThrow(() -> new IllegalStateException(
                "No marketplace order " + orderId + " for PaymentIntent " + paymentIntentId));
        if (order.paid()) {
            return;
        }
        Instant now = clock.instant();
        orders.markPaid(orderId, paymentIntentId, now);
        log.info("Marketplace order {} ({}) paid: {} to chef {}, platform fee {}", orderId, order.orderType(),
                order.amount(), order.chefId(), order.platformFee());
        events.publishEvent(new MarketplaceOrderPaid(orderId, order.orderType(), order.chefId(), order.amount(),
                order.platformFee(), now));
    }

    /** Stripe refunded the order's payment in full (from its dashboard): the order is refunded. */
    boolean refunded(String paymentIntentId, long refundedMinor) {
        return orders.lockByIntent(paymentIntentId).map(order -> {
            if (refundedMinor >= order.amount().minorUnits() && !order.status().equals("refunded")) {
                orders.markRefunded(order.id());
            }
            return true;
        }).orElse(false);
    }
}
