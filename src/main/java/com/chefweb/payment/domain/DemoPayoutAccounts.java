package com.chefweb.payment.domain;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.ChefModeEntered;
import com.chefweb.payment.stripe.StripeGateway.ConnectedAccount;

/**
 * Profile {@code demo}: the demo chefs' payout accounts, reported active as Stripe would once a chef finished its
 * onboarding, so the app lets them create services and meal shares. The demo has no Stripe: a customer's checkout
 * still answers that card payments are not configured, and nothing is ever charged.
 */
@Component
@Profile("demo")
class DemoPayoutAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoPayoutAccounts.class);
    /** The demo chefs (identity's demo accounts). */
    private static final Set<String> DEMO_CHEFS = Set.of("chef_marisol", "chef_kenji", "chef_amara", "chef_yuki");

    private final PayoutAccountRepository accounts;
    private final ChefPayoutAccounts payouts;

    DemoPayoutAccounts(PayoutAccountRepository accounts, ChefPayoutAccounts payouts) {
        this.accounts = accounts;
        this.payouts = payouts;
    }

    @ApplicationModuleListener
    void on(ChefModeEntered entered) {
        if (!DEMO_CHEFS.contains(entered.username())) {
            return;
        }
        String account = "acct_demo_" + entered.username();
        accounts.insertIfAbsent(entered.userId(), account);
        payouts.apply(new ConnectedAccount(account, true, true, true, null, List.of()), entered.enteredAt());
        log.info("Demo payout account {} of {} stands in for Stripe's, active", account, entered.username());
    }
}
