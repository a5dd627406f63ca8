package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

import com.chefweb.chefs.events.ChefReviewReported;

/** A customer reviewed a completed marketplace order of a chef's. */
public record ChefReviewed(long reviewId, UUID chefUserId, long orderId, int rating, Instant reviewedAt)
        implements ChefReviewReported {
}
