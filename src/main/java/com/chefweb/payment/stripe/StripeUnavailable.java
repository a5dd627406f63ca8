package com.chefweb.payment.stripe;

import com.chefweb.shared.refusal.Refusal;

/** Stripe is not configured or did not answer: the same request may work later, so retries are worth it. */
public final class StripeUnavailable extends Refusal.Unavailable {

    StripeUnavailable(String message) {
        super(message);
    }
}
