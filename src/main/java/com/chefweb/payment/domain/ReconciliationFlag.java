package com.chefweb.payment.domain;

import java.time.Instant;
import java.util.UUID;

/** A payment whose record differs from what Stripe reports. */
public record ReconciliationFlag(long id, UUID paymentId, String paymentIntentId, Instant foundAt, String ourStatus,
        String stripeStatus, long ourAmount, long stripeAmount, String note) {
}
