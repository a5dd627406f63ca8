package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something on a chef's schedule as it now is (a meal event, a service order), for the dashboard's upcoming
 * bookings and events. Implemented by booking's event; a consumer keeps the newest by {@code changedAt}.
 */
public interface ChefCommitmentReported {

    UUID chefUserId();

    /** {@code meal_event} or {@code service_order}. */
    String kind();

    long id();

    String title();

    @Nullable Instant startsAt();

    /** The meal event's or service order's status, in booking's words. */
    String status();

    /** Servings ordered, for a meal event; 0 for a service order. */
    int ordersCount();

    /** The offering a service order is for; null for a meal event. */
    @Nullable Long offeringId();

    Instant changedAt();
}
