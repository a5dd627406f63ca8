package com.chefweb.catalog.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.chefs.events.ChefOfferingReported;

/**
 * A chef created, changed or deleted a service offering or one of its tiers. Carries the whole offering as it is
 * now, tiers included (soft-deleted ones too, marked so), so a consumer keeps its own copy from this alone: booking
 * prices service orders from it, the chefs dashboard counts offerings. Apply an event only when its {@code version}
 * is newer than the copy's; {@code changedAt} says when.
 *
 * @param chefId the chef's integer id, as marketplace payloads carry it
 * @param serviceType {@code home_chef} or {@code weekly_prep}
 * @param currency lowercase ISO code, the currency of every tier
 * @param active false once the chef deleted the offering
 * @param version raised by every change of the offering or its tiers
 */
public record ServiceOfferingChanged(long offeringId, long version, long chefId, UUID chefUserId,
        String serviceType, String title, String description, @Nullable Integer defaultDurationMinutes,
        @Nullable Integer maxTravelMiles, String currency, boolean active, List<Tier> tiers, Instant changedAt)
        implements ChefOfferingReported {

    public ServiceOfferingChanged {
        tiers = List.copyOf(tiers);
    }

    /** Customers can order it: active with a tier they can book. */
    @Override
    public boolean orderable() {
        return active && tiers.stream().anyMatch(tier -> tier.active() && !tier.hidden() && !tier.softDeleted());
    }

    /**
     * One price band of the offering.
     *
     * @param householdMax null for open ended
     * @param amountMinor the price in the currency's minor unit (yen for JPY)
     * @param recurrenceInterval {@code week} or {@code month} when recurring, else null
     */
    public record Tier(long id, String displayLabel, int householdMin, @Nullable Integer householdMax,
            long amountMinor, boolean recurring, @Nullable String recurrenceInterval,
            @Nullable Integer durationMinutes, boolean hidden, boolean active, boolean softDeleted, int sortOrder) {
    }
}
