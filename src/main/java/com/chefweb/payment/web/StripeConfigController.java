package com.chefweb.payment.web;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.payment.stripe.StripeSettings;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

@RestController
@Access(Level.PUBLIC)
@Tag(name = "Payments")
class StripeConfigController {

    private final StripeSettings settings;

    StripeConfigController(StripeSettings settings) {
        this.settings = settings;
    }

    /** Also at the path the original backend served, which older pages may still call. */
    @GetMapping({"/api/config/stripe", "/api/payments/config/stripe"})
    @Operation(summary = "The publishable key for Stripe.js, and whether card payments are on")
    StripeConfig config() {
        return new StripeConfig(settings.configured() ? settings.publishableKey() : "", settings.configured());
    }

    /** @param publishableKey empty when card payments are off */
    record StripeConfig(String publishableKey, boolean configured) {
    }
}
