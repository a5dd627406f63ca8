/**
 * Payments: Stripe PaymentIntents, the webhook inbox, refunds, deposits and balances, chef payout accounts.
 */
@ApplicationModule(displayName = "Payment", allowedDependencies = { "shared", "booking :: events", "chefs :: events", "crm :: events",
        "identity :: events" })
@NullMarked
package com.chefweb.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
