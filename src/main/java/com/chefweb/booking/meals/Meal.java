package com.chefweb.booking.meals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chef's dish, which meal events serve.
 *
 * @param mealType {@code Breakfast}, {@code Lunch} or {@code Dinner}
 */
public record Meal(long id, UUID chefUserId, String name, String description, String mealType,
        List<String> dietaryTags, List<String> allergens, @Nullable String imageUrl, Instant createdAt,
        Instant updatedAt) {

    public Meal {
        dietaryTags = List.copyOf(dietaryTags);
        allergens = List.copyOf(allergens);
    }
}
