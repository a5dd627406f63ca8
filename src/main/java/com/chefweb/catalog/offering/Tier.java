package com.chefweb.catalog.offering;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One price band of an offering: households of {@code householdMin} to {@code householdMax} people (null: no upper
 * limit) pay {@code amountMinor} in the currency's minor unit, once or every week or month.
 */
public record Tier(long id, long offeringId, String displayLabel, int householdMin, @Nullable Integer householdMax,
        String currency, int amountMinor, boolean recurring, @Nullable String recurrenceInterval,
        @Nullable Integer durationMinutes, boolean hidden, boolean active, boolean softDeleted, int sortOrder,
        Instant createdAt, Instant updatedAt) {

    /** What customers see and may book: active, not hidden, not deleted. */
    public boolean visible() {
        return active && !hidden && !softDeleted;
    }

    /** "1-2 people: $50, one-time", as the app lists a chef's prices. */
    public String summary() {
        return label() + ": " + Currencies.price(amountMinor, currency) + ", " + recurrence();
    }

    private String label() {
        if (!displayLabel.isBlank()) {
            return displayLabel;
        }
        return householdRange(householdMin, householdMax);
    }

    static String householdRange(int min, @Nullable Integer max) {
        if (max == null) {
            return min + "+ people";
        }
        return min == max ? min + " people" : min + "-" + max + " people";
    }

    private String recurrence() {
        if (!recurring) {
            return "one-time";
        }
        return "month".equals(recurrenceInterval) ? "recurring monthly" : "recurring weekly";
    }
}
