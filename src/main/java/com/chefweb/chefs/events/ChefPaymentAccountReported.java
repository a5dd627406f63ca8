package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the payment provider now says about a chef's payout account. Implemented by payment's own event, so chefs
 * hears it without depending on payment (a chef goes live only when the account is active).
 */
public interface ChefPaymentAccountReported {

    /** The chef's account (user id). */
    UUID chefId();

    boolean active();

    @Nullable String disabledReason();

    List<String> currentlyDue();

    /** When the provider said so: an older report heard late never overwrites a newer one. */
    Instant reportedAt();
}
