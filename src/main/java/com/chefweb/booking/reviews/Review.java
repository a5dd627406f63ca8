package com.chefweb.booking.reviews;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer's review of a completed order, and the chef's answer.
 *
 * @param orderId the parent Order reviewed (once)
 * @param rating 1 to 5
 */
public record Review(long id, long orderId, String orderType, UUID chefUserId, UUID customerUserId, int rating,
        String text, @Nullable String chefReply, @Nullable Instant repliedAt, Instant createdAt) {
}
