package com.chefweb.catalog.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.catalog.offering.Offering;
import com.chefweb.catalog.offering.Tier;

/** Offerings and tiers as the sautai app reads them (sautai-spa-contract.md §2.5.3), snake_case. */
final class OfferingViews {

    private OfferingViews() {
    }

    /** The chef's own view: every tier still there, hidden and inactive ones too, with their price sync state. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OwnOffering(long id, long chef, String serviceType, String serviceTypeLabel, String title,
            String description, boolean active, @Nullable Integer defaultDurationMinutes,
            @Nullable Integer maxTravelMiles, String notes, String currency, Instant createdAt, Instant updatedAt,
            List<Long> targetCustomerIds, List<String> tierSummary, List<OwnTier> tiers) {

        static OwnOffering of(Offering offering) {
            return new OwnOffering(offering.id(), offering.chefId(), offering.serviceType().code(),
                    offering.serviceType().label(), offering.title(), offering.description(), offering.active(),
                    offering.defaultDurationMinutes(), offering.maxTravelMiles(), offering.notes(),
                    offering.currency(), offering.createdAt(), offering.updatedAt(), List.of(),
                    offering.tierSummary(), offering.currentTiers().stream().map(OwnTier::of).toList());
        }
    }

    /**
     * A tier in the chef's view. Prices are ready for checkout once saved (no price is kept at Stripe ahead of an
     * order), so the sync state is always success.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OwnTier(long id, long offering, String displayLabel, int householdMin, @Nullable Integer householdMax,
            String currency, int desiredUnitAmountCents, boolean isRecurring, @Nullable String recurrenceInterval,
            @Nullable Integer durationMinutes, boolean active, boolean hidden, boolean softDeleted, int sortOrder,
            boolean readyForCheckout, String priceSyncStatus, @Nullable String stripePriceId,
            @Nullable String lastPriceSyncError, Instant priceSyncedAt, Instant createdAt, Instant updatedAt) {

        static OwnTier of(Tier tier) {
            return new OwnTier(tier.id(), tier.offeringId(), tier.displayLabel(), tier.householdMin(),
                    tier.householdMax(), tier.currency(), tier.amountMinor(), tier.recurring(),
                    tier.recurrenceInterval(), tier.durationMinutes(), tier.active(), tier.hidden(), tier.softDeleted(),
                    tier.sortOrder(), tier.visible(), "success", null, null, tier.updatedAt(), tier.createdAt(),
                    tier.updatedAt());
        }
    }

    /** What customers see: no target customers, only the tiers they can book. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublicOffering(long id, long chef, String serviceType, String serviceTypeLabel, String title,
            String description, boolean active, @Nullable Integer defaultDurationMinutes,
            @Nullable Integer maxTravelMiles, String notes, String currency, Instant createdAt, Instant updatedAt,
            List<String> tierSummary, List<PublicTier> tiers) {

        static PublicOffering of(Offering offering) {
            return new PublicOffering(offering.id(), offering.chefId(), offering.serviceType().code(),
                    offering.serviceType().label(), offering.title(), offering.description(), offering.active(),
                    offering.defaultDurationMinutes(), offering.maxTravelMiles(), offering.notes(),
                    offering.currency(), offering.createdAt(), offering.updatedAt(), offering.tierSummary(),
                    offering.visibleTiers().stream().map(PublicTier::of).toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PublicTier(long id, long offering, int householdMin, @Nullable Integer householdMax, String currency,
            int desiredUnitAmountCents, boolean isRecurring, @Nullable String recurrenceInterval, boolean active,
            String displayLabel, boolean readyForCheckout, int sortOrder) {

        static PublicTier of(Tier tier) {
            return new PublicTier(tier.id(), tier.offeringId(), tier.householdMin(), tier.householdMax(),
                    tier.currency(), tier.amountMinor(), tier.recurring(), tier.recurrenceInterval(), tier.active(),
                    tier.displayLabel(), true, tier.sortOrder());
        }
    }

    /** The offering form, for the API documentation (the controller reads the JSON itself, field by field). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OfferingForm(String serviceType, String title, @Nullable String description,
            @Nullable Integer defaultDurationMinutes, @Nullable Integer maxTravelMiles, @Nullable String notes,
            @Nullable String currency, @Nullable Boolean active, @Nullable List<Long> targetCustomerIds) {
    }

    /** The tier form, for the API documentation. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record TierForm(int householdMin, @Nullable Integer householdMax, @Nullable String currency,
            int desiredUnitAmountCents, @Nullable Boolean isRecurring, @Nullable String recurrenceInterval,
            @Nullable Boolean active, @Nullable String displayLabel, @Nullable Integer durationMinutes,
            @Nullable Boolean hidden, @Nullable Integer sortOrder) {
    }
}
