package com.chefweb.payment.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chef's connected Stripe account, as Stripe last reported it.
 *
 * @param currentlyDue what Stripe still needs from the chef
 */
public record PayoutAccount(UUID chefId, String stripeAccountId, boolean chargesEnabled, boolean payoutsEnabled,
        boolean detailsSubmitted, @Nullable String disabledReason, List<String> currentlyDue) {

    /** Can take payments and be paid out: what a chef needs before selling on the marketplace. */
    public boolean active() {
        return chargesEnabled && payoutsEnabled;
    }

    /** Stripe still wants something from the chef. */
    public boolean needsOnboarding() {
        return !detailsSubmitted || !currentlyDue.isEmpty() || !active();
    }
}
