package com.chefweb.booking.services;

import static com.chefweb.booking.jooq.Tables.OFFERING_COPY;
import static com.chefweb.booking.jooq.Tables.OFFERING_TIER_COPY;

import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.catalog.events.ServiceOfferingChanged;

/** Booking's copy of chefs' offerings; a version replaces the copy only when it is newer. */
@Repository
class OfferingCopyRepository {

    private final DSLContext db;

    OfferingCopyRepository(DSLContext db) {
        this.db = db;
    }

    /** @return false when the copy already holds this version or a newer one */
    boolean save(ServiceOfferingChanged changed) {
        java.util.Map<org.jooq.Field<?>, Object> offering = new java.util.LinkedHashMap<>();
        offering.put(OFFERING_COPY.ID, changed.offeringId());
        offering.put(OFFERING_COPY.VERSION, changed.version());
        offering.put(OFFERING_COPY.CHEF_USER_ID, changed.chefUserId());
        offering.put(OFFERING_COPY.CHEF_ID, changed.chefId());
        offering.put(OFFERING_COPY.SERVICE_TYPE, changed.serviceType());
        offering.put(OFFERING_COPY.TITLE, changed.title());
        offering.put(OFFERING_COPY.DEFAULT_DURATION_MINUTES, changed.defaultDurationMinutes());
        offering.put(OFFERING_COPY.CURRENCY, changed.currency().toUpperCase(Locale.ROOT));
        offering.put(OFFERING_COPY.ACTIVE, changed.active());
        offering.put(OFFERING_COPY.CHANGED_AT, changed.changedAt());
        int written = db.insertInto(OFFERING_COPY).set(offering)
                .onConflict(OFFERING_COPY.ID).doUpdate().set(offering)
                .where(OFFERING_COPY.VERSION.lt(changed.version()))
                .execute();
        if (written == 0) {
            return false;
        }
        for (ServiceOfferingChanged.Tier tier : changed.tiers()) {
            boolean bookable = tier.active() && !tier.hidden() && !tier.softDeleted();
            // tiers are never removed (orders keep naming them): a deleted one is no longer bookable
            java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
            values.put(OFFERING_TIER_COPY.ID, tier.id());
            values.put(OFFERING_TIER_COPY.OFFERING_ID, changed.offeringId());
            values.put(OFFERING_TIER_COPY.DISPLAY_LABEL, tier.displayLabel());
            values.put(OFFERING_TIER_COPY.HOUSEHOLD_MIN, tier.householdMin());
            values.put(OFFERING_TIER_COPY.HOUSEHOLD_MAX, tier.householdMax());
            values.put(OFFERING_TIER_COPY.AMOUNT_MINOR, tier.amountMinor());
            values.put(OFFERING_TIER_COPY.RECURRING, tier.recurring());
            values.put(OFFERING_TIER_COPY.RECURRENCE_INTERVAL, tier.recurrenceInterval());
            values.put(OFFERING_TIER_COPY.DURATION_MINUTES, tier.durationMinutes());
            values.put(OFFERING_TIER_COPY.BOOKABLE, bookable);
            values.put(OFFERING_TIER_COPY.SORT_ORDER, tier.sortOrder());
            db.insertInto(OFFERING_TIER_COPY).set(values).onConflict(OFFERING_TIER_COPY.ID).doUpdate().set(values)
                    .execute();
        }
        // a tier missing from the event is gone
        db.update(OFFERING_TIER_COPY).set(OFFERING_TIER_COPY.BOOKABLE, false)
                .where(OFFERING_TIER_COPY.OFFERING_ID.eq(changed.offeringId()),
                        OFFERING_TIER_COPY.ID.notIn(changed.tiers().stream().map(ServiceOfferingChanged.Tier::id)
                                .toList()))
                .execute();
        return true;
    }

    Optional<OfferedService> find(long offeringId) {
        return db.selectFrom(OFFERING_COPY).where(OFFERING_COPY.ID.eq(offeringId)).fetchOptional()
                .map(row -> new OfferedService(row.getId(), row.getChefUserId(), row.getChefId(),
                        row.getServiceType(), row.getTitle(), row.getDefaultDurationMinutes(),
                        row.getCurrency().strip(), row.getActive(),
                        db.selectFrom(OFFERING_TIER_COPY).where(OFFERING_TIER_COPY.OFFERING_ID.eq(offeringId))
                                .orderBy(OFFERING_TIER_COPY.SORT_ORDER, OFFERING_TIER_COPY.HOUSEHOLD_MIN)
                                .fetch(tier -> new OfferedService.Tier(tier.getId(), tier.getDisplayLabel(),
                                        tier.getHouseholdMin(), tier.getHouseholdMax(), tier.getAmountMinor(),
                                        tier.getRecurring(), tier.getRecurrenceInterval(), tier.getDurationMinutes(),
                                        tier.getBookable(), tier.getSortOrder()))));
    }
}
