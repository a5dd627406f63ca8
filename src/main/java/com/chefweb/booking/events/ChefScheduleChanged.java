package com.chefweb.booking.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.chefs.events.ChefCommitmentReported;

/**
 * A meal event or a service order on a marketplace chef's schedule changed (created, ordered from, confirmed,
 * cancelled, completed); carries it as it now is.
 *
 * @param kind {@code meal_event} or {@code service_order}
 * @param status the meal event's or service order's status
 * @param ordersCount servings ordered, for a meal event
 */
public record ChefScheduleChanged(UUID chefUserId, String kind, long id, String title, @Nullable Instant startsAt,
        String status, int ordersCount, @Nullable Long offeringId, Instant changedAt)
        implements ChefCommitmentReported {
}
