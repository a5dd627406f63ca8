package com.chefweb.catalog.offering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A chef's service offering with all of its tiers (soft-deleted ones too, for the event; views leave them out).
 *
 * @param active false once the chef deleted it
 * @param version raised by every change of the offering or its tiers
 */
public record Offering(long id, long chefId, UUID chefUserId, ServiceType serviceType, String title,
        String description, @Nullable Integer defaultDurationMinutes, @Nullable Integer maxTravelMiles, String notes,
        String currency, boolean active, long version, Instant createdAt, Instant updatedAt, List<Tier> tiers) {

    public Offering {
        tiers = List.copyOf(tiers);
    }

    /** The tiers the chef still has, in the order customers see them. */
    public List<Tier> currentTiers() {
        return tiers.stream().filter(tier -> !tier.softDeleted()).toList();
    }

    /** The tiers customers see. */
    public List<Tier> visibleTiers() {
        return tiers.stream().filter(Tier::visible).toList();
    }

    /** Customers see the offering while it is active and has a tier they can book. */
    public boolean publiclyVisible() {
        return active && !visibleTiers().isEmpty();
    }

    /** One line per tier customers see, such as "1-2 people: $50, one-time". */
    public List<String> tierSummary() {
        return visibleTiers().stream().map(Tier::summary).toList();
    }

    Offering withTiers(List<Tier> tiers) {
        return new Offering(id, chefId, chefUserId, serviceType, title, description, defaultDurationMinutes,
                maxTravelMiles, notes, currency, active, version, createdAt, updatedAt, tiers);
    }
}
