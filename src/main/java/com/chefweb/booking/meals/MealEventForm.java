package com.chefweb.booking.meals;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.web.Provided;

/**
 * What a chef sent to create or change a meal event, as the app writes it: a field not sent is null.
 *
 * @param eventDate {@code YYYY-MM-DD} in the chef's time zone
 * @param eventTime {@code HH:MM} or {@code HH:MM:SS}
 * @param orderCutoff {@code YYYY-MM-DD HH:MM} in the chef's time zone, or an ISO date-time with an offset
 * @param basePrice per serving, in major units
 */
public record MealEventForm(@Nullable Provided<Long> meal, @Nullable Provided<String> eventDate,
        @Nullable Provided<String> eventTime, @Nullable Provided<String> orderCutoff,
        @Nullable Provided<BigDecimal> basePrice, @Nullable Provided<BigDecimal> minPrice,
        @Nullable Provided<Integer> maxOrders, @Nullable Provided<Integer> minOrders,
        @Nullable Provided<String> description, @Nullable Provided<String> specialInstructions,
        @Nullable Provided<String> status) {
}
