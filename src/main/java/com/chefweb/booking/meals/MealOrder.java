package com.chefweb.booking.meals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * Servings of one meal event a customer ordered, under its parent Order.
 *
 * @param orderId the parent Order's integer id
 * @param status {@code placed}, {@code paid}, {@code cancelled}, {@code refunded} or {@code completed}
 */
public record MealOrder(long id, long orderId, long mealEventId, UUID customerUserId, int quantity, Money unitPrice,
        Money pricePaid, String specialRequests, String status, @Nullable String cancellationReason,
        Instant createdAt, Instant updatedAt) {

    /** Holds servings: placed (waiting for its money) or paid. */
    public boolean live() {
        return status.equals("placed") || status.equals("paid");
    }
}
