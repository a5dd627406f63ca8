package com.chefweb.catalog.offering;

import com.chefweb.shared.web.Provided;
import org.jspecify.annotations.Nullable;

/** The tier fields a chef sent; a null field was not sent and stays as it is. */
public record TierChanges(@Nullable Provided<String> displayLabel, @Nullable Provided<Integer> householdMin,
        @Nullable Provided<Integer> householdMax, @Nullable Provided<String> currency,
        @Nullable Provided<Integer> desiredUnitAmountCents, @Nullable Provided<Boolean> isRecurring,
        @Nullable Provided<String> recurrenceInterval, @Nullable Provided<Integer> durationMinutes,
        @Nullable Provided<Boolean> hidden, @Nullable Provided<Boolean> active, @Nullable Provided<Integer> sortOrder) {
}
