package com.chefweb.payment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    Map<String, Object> checkout(@PathVariable UUID orderId) {
        HostedCheckout checkout = orders.checkout(orderId, customer());
        return Map.of("success", true, "session_id", checkout.sessionId(), "session_url", checkout.url(),
                "url", checkout.url());
    }

    @GetMapping
    @Operation(summary = "Whether the customer's order is paid")
    Map<String, Object> status(@PathVariable UUID orderId) {
        MarketplaceOrder order = orders.forCustomer(orderId, customer());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", order.id());
        body.put("order_type", order.orderType());
        body.put("status", order.status());
        body.put("is_paid", order.paid());
        body.put("amount", order.amount().minorUnits());
        body.put("currency", order.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        body.put("paid_at", order.paidAt());
        return body;
    }

    private static UUID customer() {
        return CurrentActor.get().flatMap(actor -> actor.userId())
                .orElseThrow(() -> ApiProblem.unauthorized("Sign in first"));
    }
}
