package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer rated a chef for a completed order. The public profile's review summary comes from these only.
 * Implemented by booking's event, so chefs hears it without depending on booking.
 */
public interface ChefReviewReported {

    UUID chefUserId();

    long reviewId();

    /** 1 to 5. */
    int rating();

    Instant reviewedAt();
}
