package com.chefweb.payment.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.chefs.events.ChefPaymentAccountReported;

/**
 * What Stripe now reports about a chef's payout account. The chef dashboard's {@code STRIPE_INCOMPLETE} alert and
 * the rule that a chef must be able to take payments before going live follow from it.
 *
 * @param active Stripe lets the account take charges and receive payouts
 * @param currentlyDue what Stripe still needs from the chef
 * @param reportedAt when Stripe said so: a consumer keeps the newest report it heard
 */
public record ChefPayoutAccountUpdated(UUID chefId, String stripeAccountId, boolean active, boolean chargesEnabled,
        boolean payoutsEnabled, boolean detailsSubmitted, @Nullable String disabledReason, List<String> currentlyDue,
        Instant reportedAt) implements ChefPaymentAccountReported {
}
