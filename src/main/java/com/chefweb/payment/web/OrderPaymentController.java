package com.chefweb.payment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.payment.domain.MarketplaceOrder;
import com.chefweb.payment.domain.MarketplaceOrders;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * Paying for a meal order by its parent Order's number, on the paths the sautai app calls after placing it: the
 * payment state (with the open checkout page, so the app never opens a second one) and a checkout page. These sit in
 * payment, which owns the decision to open a Stripe page; booking names the order's number when it places it.
 */
@RestController
@Access(Level.SIGNED_IN)
@Tag(name = "Payments")
class OrderPaymentController {

    private final MarketplaceOrders orders;
    private final Clock clock;

    OrderPaymentController(MarketplaceOrders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @GetMapping({"/meals/api/order-payment-status/{orderNumber}", "/meals/api/order-payment-status/{orderNumber}/"})
    @Operation(summary = "Whether the customer's order is paid, and the checkout page still open for it")
    PaymentState state(@PathVariable long orderNumber) {
        return PaymentState.of(orders.numbered(orderNumber, customer()), clock.instant());
    }

    @PostMapping({"/meals/api/process-chef-meal-payment/{orderNumber}",
            "/meals/api/process-chef-meal-payment/{orderNumber}/"})
    @RateLimited("marketplace-order")
    @Operation(summary = "A Stripe Checkout page for the customer's meal order, paid to the chef less the platform fee")
    CheckoutStarted checkout(@PathVariable long orderNumber) {
        HostedCheckout checkout = orders.checkoutNumbered(orderNumber, customer());
        return new CheckoutStarted(true, checkout.sessionId(), checkout.url(), checkout.url());
    }

    @PostMapping({"/services/orders/{serviceOrderId}/checkout", "/services/orders/{serviceOrderId}/checkout/"})
    @RateLimited("marketplace-order")
    @Operation(summary = "A Stripe Checkout page for the customer's service order (once it has a date and start)")
    CheckoutStarted checkoutService(@PathVariable long serviceOrderId) {
        HostedCheckout checkout = orders.checkoutFor(MarketplaceOrderType.SERVICE, serviceOrderId, customer());
        return new CheckoutStarted(true, checkout.sessionId(), checkout.url(), checkout.url());
    }

    @GetMapping({"/services/orders/{serviceOrderId}/verify-payment",
            "/services/orders/{serviceOrderId}/verify-payment/"})
    @Operation(summary = "Whether Stripe has confirmed the payment of the customer's service order")
    ServicePayment verifyService(@PathVariable long serviceOrderId) {
        MarketplaceOrder order = orders.orderFor(MarketplaceOrderType.SERVICE, serviceOrderId, customer());
        PaymentState state = PaymentState.of(order, clock.instant());
        boolean paid = order.status().equals("paid") && order.cancelledAt() == null;
        // the app stops waiting on payment_status "unpaid": say so only once the page can no longer be paid
        String paymentStatus = paid ? "paid" : "expired".equals(state.sessionStatus()) || !order.payable() ? "unpaid"
                : null;
        return new ServicePayment(paid, paid ? "confirmed" : state.status(), false, state.sessionStatus(),
                paymentStatus, state.sessionId());
    }

    /**
     * What the app waits for after Stripe sends the customer back.
     *
     * @param status {@code confirmed} once Stripe confirmed the payment
     * @param alreadyConfirmed never set: every answer says the state as it is
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServicePayment(boolean success, String status, boolean alreadyConfirmed, @Nullable String sessionStatus,
            @Nullable String paymentStatus, @Nullable String sessionId) {
    }

    /** The Stripe Checkout page to send the customer to ({@code url} and {@code session_url} are the same). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CheckoutStarted(boolean success, String sessionId, String sessionUrl, String url) {
    }

    /**
     * @param status {@code awaiting_payment}, {@code paid}, {@code cancelled} or {@code refunded}
     * @param sessionStatus {@code open}, {@code complete} or {@code expired} (Stripe's words), null before checkout
     * @param amount in minor units
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PaymentState(long orderId, String orderType, String status, boolean isPaid, long amount, String currency,
            @Nullable String sessionStatus, @Nullable String sessionId, @Nullable String sessionUrl,
            @Nullable Instant paidAt) {

        static PaymentState of(MarketplaceOrder order, Instant now) {
            String session = order.stripeSessionId() == null ? null
                    : order.cancelledAt() != null ? "expired"
                    : order.paid() ? "complete"
                    : order.payable() && order.stripeSessionExpiresAt() != null
                            && order.stripeSessionExpiresAt().isAfter(now) ? "open" : "expired";
            boolean open = "open".equals(session);
            // a cancelled order is cancelled even while the money that came for it is on its way back
            String status = order.cancelledAt() != null && !order.status().equals("refunded") ? "cancelled"
                    : order.status();
            return new PaymentState(order.orderNumber() == null ? 0 : order.orderNumber(), order.orderType(),
                    status, order.paid(), order.amount().minorUnits(),
                    order.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), session,
                    open ? order.stripeSessionId() : null, open ? order.stripeSessionUrl() : null, order.paidAt());
        }
    }

    private static UUID customer() {
        return CurrentActor.get().flatMap(actor -> actor.userId())
                .orElseThrow(() -> ApiProblem.unauthorized("Sign in first"));
    }
}
