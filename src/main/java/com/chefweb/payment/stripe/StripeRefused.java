package com.chefweb.payment.stripe;

import com.chefweb.shared.refusal.Refusal;

/** Stripe answered and said no (a declined card, a state it will not accept): retrying the same call will not help. */
public final class StripeRefused extends Refusal.Rejected {

    StripeRefused(String message) {
        super(message);
    }
}
