package com.chefweb.payment.domain;

/**
 * A Stripe event was stored in the inbox and awaits applying. Internal to payment; recorded in the event publication
 * registry, so an event is applied even if the instance dies right after answering Stripe.
 */
record StripeEventReceived(String eventId) {
}
