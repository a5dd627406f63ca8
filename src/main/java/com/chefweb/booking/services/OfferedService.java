package com.chefweb.booking.services;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chef's offering as booking keeps it from the catalog's events: what a service order is priced from.
 *
 * @param serviceType {@code home_chef} or {@code weekly_prep}
 * @param currency upper-case ISO code
 */
public record OfferedService(long id, UUID chefUserId, long chefId, String serviceType, String title,
        @Nullable Integer defaultDurationMinutes, String currency, boolean active, List<Tier> tiers) {

    public OfferedService {
        tiers = List.copyOf(tiers);
    }

    /**
     * One price band; the whole household pays {@code amountMinor}.
     *
     * @param bookable active, not hidden, not deleted
     */
    public record Tier(long id, String displayLabel, int householdMin, @Nullable Integer householdMax,
            long amountMinor, boolean recurring, @Nullable String recurrenceInterval,
            @Nullable Integer durationMinutes, boolean bookable, int sortOrder) {

        boolean serves(int householdSize) {
            return householdSize >= householdMin && (householdMax == null || householdSize <= householdMax);
        }

        String label() {
            if (!displayLabel.isBlank()) {
                return displayLabel;
            }
            if (householdMax == null) {
                return householdMin + "+ people";
            }
            return householdMin == householdMax ? householdMin + " people" : householdMin + "-" + householdMax
                    + " people";
        }
    }
}
