package com.chefweb.booking.meals;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.web.Provided;

/** What a chef sent to create or change a meal: a field not sent is null, and a change leaves it as it was. */
public record MealChanges(@Nullable Provided<String> name, @Nullable Provided<String> description,
        @Nullable Provided<String> mealType, @Nullable Provided<List<String>> dietaryTags,
        @Nullable Provided<List<String>> allergens, @Nullable Provided<String> imageUrl) {
}
