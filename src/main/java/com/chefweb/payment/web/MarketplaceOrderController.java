package com.chefweb.payment.web;

import java.util.Locale;
import java.util.UUID;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.payment.domain.MarketplaceOrder;
import com.chefweb.payment.domain.MarketplaceOrders;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * Paying for a marketplace order (a meal order, a service order): a Stripe Checkout page paid to the chef, and the
 * order's payment state, which the app polls after Stripe sends the customer back. snake_case, as the chef app reads.
 */
@RestController
@RequestMapping("/api/payments/orders/{orderId}")
@Access(Level.CUSTOMER)
@Tag(name = "Payments")
class MarketplaceOrderController {

    private final MarketplaceOrders orders;

    MarketplaceOrderController(MarketplaceOrders orders) {
        this.orders = orders;
    }

    @PostMapping("/checkout")
    @RateLimited("booking-create")
    @Operation(summary = "A Stripe Checkout page for the customer's order, paid to the chef less the platform fee")
    OrderCheckout checkout(@PathVariable UUID orderId) {
        HostedCheckout checkout = orders.checkout(orderId, customer());
        return new OrderCheckout(true, checkout.sessionId(), checkout.url(), checkout.url());
    }

    @GetMapping
    @Operation(summary = "Whether the customer's order is paid")
    OrderStatus status(@PathVariable UUID orderId) {
        MarketplaceOrder order = orders.forCustomer(orderId, customer());
        return new OrderStatus(order.id(), order.orderType(), order.status(), order.paid(), order.amount().minorUnits(),
                order.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), order.paidAt());
    }

    /** The Stripe Checkout page to send the customer to ({@code url} and {@code session_url} are the same). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderCheckout(boolean success, String sessionId, String sessionUrl, String url) {
    }

    /**
     * @param amount in minor units
     * @param status {@code awaiting_payment}, {@code paid} or {@code refunded}
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderStatus(UUID orderId, String orderType, String status, boolean isPaid, long amount, String currency,
            @Nullable Instant paidAt) {
    }

    private static UUID customer() {
        return CurrentActor.get().flatMap(actor -> actor.userId())
                .orElseThrow(() -> ApiProblem.unauthorized("Sign in first"));
    }
}
