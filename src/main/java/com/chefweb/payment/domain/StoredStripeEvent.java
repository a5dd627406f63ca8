package com.chefweb.payment.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Stripe event as the inbox keeps it.
 *
 * @param processedAt when it was applied; null while it waits (or failed)
 * @param lastError why the last attempt failed
 */
public record StoredStripeEvent(String id, String type, String payload, Instant receivedAt,
        @Nullable Instant processedAt, int attempts, @Nullable String lastError) {
}
