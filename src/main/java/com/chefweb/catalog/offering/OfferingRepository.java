package com.chefweb.catalog.offering;

import static com.chefweb.catalog.jooq.Tables.CHEF;
import static com.chefweb.catalog.jooq.Tables.SERVICE_OFFERING;
import static com.chefweb.catalog.jooq.Tables.SERVICE_TIER;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Offerings and their tiers; tiers always come in the order customers see them. */
@Repository
class OfferingRepository {

    private final DSLContext db;

    OfferingRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Offering> find(long id) {
        return withTiers(db.select(offeringFields()).from(SERVICE_OFFERING).join(CHEF).on(CHEF.CHEF_ID.eq(SERVICE_OFFERING.CHEF_ID))
                .where(SERVICE_OFFERING.ID.eq(id))
                .fetch(OfferingRepository::toOffering)).stream().findFirst();
    }

    /** Locks the offering against concurrent changes of its own fields, until the transaction ends. */
    Optional<Offering> findForUpdate(long id) {
        return withTiers(db.select(offeringFields()).from(SERVICE_OFFERING).join(CHEF).on(CHEF.CHEF_ID.eq(SERVICE_OFFERING.CHEF_ID))
                .where(SERVICE_OFFERING.ID.eq(id))
                .forUpdate().of(SERVICE_OFFERING)
                .fetch(OfferingRepository::toOffering)).stream().findFirst();
    }

    /** A chef's offerings, all of them (deleted ones too), oldest first. */
    List<Offering> ofChef(long chefId) {
        return withTiers(db.select(offeringFields()).from(SERVICE_OFFERING).join(CHEF).on(CHEF.CHEF_ID.eq(SERVICE_OFFERING.CHEF_ID))
                .where(SERVICE_OFFERING.CHEF_ID.eq(chefId))
                .orderBy(SERVICE_OFFERING.ID)
                .fetch(OfferingRepository::toOffering));
    }

    /** Active offerings of listed chefs with a tier customers can book, of one chef or of all, oldest first. */
    List<Offering> publicOnes(@Nullable Long chefId, @Nullable ServiceType type, int limit) {
        Condition condition = SERVICE_OFFERING.ACTIVE.isTrue()
                .and(CHEF.LISTED.isTrue())
                .and(DSL.exists(DSL.selectOne().from(SERVICE_TIER)
                        .where(SERVICE_TIER.OFFERING_ID.eq(SERVICE_OFFERING.ID))
                        .and(SERVICE_TIER.ACTIVE.isTrue())
                        .and(SERVICE_TIER.HIDDEN.isFalse())
                        .and(SERVICE_TIER.SOFT_DELETED.isFalse())));
        if (chefId != null) {
            condition = condition.and(SERVICE_OFFERING.CHEF_ID.eq(chefId));
        }
        if (type != null) {
            condition = condition.and(SERVICE_OFFERING.SERVICE_TYPE.eq(type.code()));
        }
        return withTiers(db.select(offeringFields()).from(SERVICE_OFFERING).join(CHEF).on(CHEF.CHEF_ID.eq(SERVICE_OFFERING.CHEF_ID))
                .where(condition)
                .orderBy(SERVICE_OFFERING.ID)
                .limit(limit)
                .fetch(OfferingRepository::toOffering));
    }

    long insert(long chefId, ServiceType type, String title, String description,
            @Nullable Integer defaultDurationMinutes, @Nullable Integer maxTravelMiles, String notes, String currency,
            boolean active, Instant now) {
        return db.insertInto(SERVICE_OFFERING)
                .set(SERVICE_OFFERING.CHEF_ID, chefId)
                .set(SERVICE_OFFERING.SERVICE_TYPE, type.code())
                .set(SERVICE_OFFERING.TITLE, title)
                .set(SERVICE_OFFERING.DESCRIPTION, description)
                .set(SERVICE_OFFERING.DEFAULT_DURATION_MINUTES, defaultDurationMinutes)
                .set(SERVICE_OFFERING.MAX_TRAVEL_MILES, maxTravelMiles)
                .set(SERVICE_OFFERING.NOTES, notes)
                .set(SERVICE_OFFERING.CURRENCY, currency)
                .set(SERVICE_OFFERING.ACTIVE, active)
                .set(SERVICE_OFFERING.CREATED_AT, now)
                .set(SERVICE_OFFERING.UPDATED_AT, now)
                .returning(SERVICE_OFFERING.ID)
                .fetchSingle(SERVICE_OFFERING.ID);
    }

    /** Writes the offering's own fields and raises its version. */
    void update(Offering offering, Instant now) {
        db.update(SERVICE_OFFERING)
                .set(SERVICE_OFFERING.SERVICE_TYPE, offering.serviceType().code())
                .set(SERVICE_OFFERING.TITLE, offering.title())
                .set(SERVICE_OFFERING.DESCRIPTION, offering.description())
                .set(SERVICE_OFFERING.DEFAULT_DURATION_MINUTES, offering.defaultDurationMinutes())
                .set(SERVICE_OFFERING.MAX_TRAVEL_MILES, offering.maxTravelMiles())
                .set(SERVICE_OFFERING.NOTES, offering.notes())
                .set(SERVICE_OFFERING.CURRENCY, offering.currency())
                .set(SERVICE_OFFERING.ACTIVE, offering.active())
                .set(SERVICE_OFFERING.VERSION, SERVICE_OFFERING.VERSION.plus(1))
                .set(SERVICE_OFFERING.UPDATED_AT, now)
                .where(SERVICE_OFFERING.ID.eq(offering.id()))
                .execute();
    }

    /**
     * Raises the offering's version after a change of its tiers. Its row lock orders concurrent changes of one
     * offering, so each event that follows sees every change committed before it.
     */
    void touch(long offeringId, Instant now) {
        db.update(SERVICE_OFFERING)
                .set(SERVICE_OFFERING.VERSION, SERVICE_OFFERING.VERSION.plus(1))
                .set(SERVICE_OFFERING.UPDATED_AT, now)
                .where(SERVICE_OFFERING.ID.eq(offeringId))
                .execute();
    }

    Optional<Tier> findTier(long tierId) {
        return db.select(tierFields()).from(SERVICE_TIER)
                .where(SERVICE_TIER.ID.eq(tierId))
                .fetchOptional(OfferingRepository::toTier);
    }

    /** A tier of the offering, not deleted, whose household sizes overlap min..max (max null: no limit). */
    Optional<Tier> overlapping(long offeringId, int min, @Nullable Integer max, @Nullable Long except) {
        Condition condition = SERVICE_TIER.OFFERING_ID.eq(offeringId)
                .and(SERVICE_TIER.SOFT_DELETED.isFalse())
                .and(max == null ? DSL.noCondition() : SERVICE_TIER.HOUSEHOLD_MIN.le(max))
                .and(SERVICE_TIER.HOUSEHOLD_MAX.isNull().or(SERVICE_TIER.HOUSEHOLD_MAX.ge(min)));
        if (except != null) {
            condition = condition.and(SERVICE_TIER.ID.ne(except));
        }
        return db.select(tierFields()).from(SERVICE_TIER).where(condition)
                .orderBy(SERVICE_TIER.HOUSEHOLD_MIN).limit(1)
                .fetchOptional(OfferingRepository::toTier);
    }

    long insertTier(Tier tier, Instant now) {
        return db.insertInto(SERVICE_TIER)
                .set(SERVICE_TIER.OFFERING_ID, tier.offeringId())
                .set(SERVICE_TIER.DISPLAY_LABEL, tier.displayLabel())
                .set(SERVICE_TIER.HOUSEHOLD_MIN, tier.householdMin())
                .set(SERVICE_TIER.HOUSEHOLD_MAX, tier.householdMax())
                .set(SERVICE_TIER.CURRENCY, tier.currency())
                .set(SERVICE_TIER.DESIRED_UNIT_AMOUNT_CENTS, tier.amountMinor())
                .set(SERVICE_TIER.IS_RECURRING, tier.recurring())
                .set(SERVICE_TIER.RECURRENCE_INTERVAL, tier.recurrenceInterval())
                .set(SERVICE_TIER.DURATION_MINUTES, tier.durationMinutes())
                .set(SERVICE_TIER.HIDDEN, tier.hidden())
                .set(SERVICE_TIER.ACTIVE, tier.active())
                .set(SERVICE_TIER.SOFT_DELETED, tier.softDeleted())
                .set(SERVICE_TIER.SORT_ORDER, tier.sortOrder())
                .set(SERVICE_TIER.CREATED_AT, now)
                .set(SERVICE_TIER.UPDATED_AT, now)
                .returning(SERVICE_TIER.ID)
                .fetchSingle(SERVICE_TIER.ID);
    }

    void updateTier(Tier tier, Instant now) {
        db.update(SERVICE_TIER)
                .set(SERVICE_TIER.DISPLAY_LABEL, tier.displayLabel())
                .set(SERVICE_TIER.HOUSEHOLD_MIN, tier.householdMin())
                .set(SERVICE_TIER.HOUSEHOLD_MAX, tier.householdMax())
                .set(SERVICE_TIER.CURRENCY, tier.currency())
                .set(SERVICE_TIER.DESIRED_UNIT_AMOUNT_CENTS, tier.amountMinor())
                .set(SERVICE_TIER.IS_RECURRING, tier.recurring())
                .set(SERVICE_TIER.RECURRENCE_INTERVAL, tier.recurrenceInterval())
                .set(SERVICE_TIER.DURATION_MINUTES, tier.durationMinutes())
                .set(SERVICE_TIER.HIDDEN, tier.hidden())
                .set(SERVICE_TIER.ACTIVE, tier.active())
                .set(SERVICE_TIER.SOFT_DELETED, tier.softDeleted())
                .set(SERVICE_TIER.SORT_ORDER, tier.sortOrder())
                .set(SERVICE_TIER.UPDATED_AT, now)
                .where(SERVICE_TIER.ID.eq(tier.id()))
                .execute();
    }

    private List<Offering> withTiers(List<Offering> offerings) {
        if (offerings.isEmpty()) {
            return offerings;
        }
        Collection<Long> ids = offerings.stream().map(Offering::id).toList();
        Map<Long, List<Tier>> tiers = db.select(tierFields()).from(SERVICE_TIER)
                .where(SERVICE_TIER.OFFERING_ID.in(ids))
                .orderBy(SERVICE_TIER.SORT_ORDER, SERVICE_TIER.HOUSEHOLD_MIN, SERVICE_TIER.ID)
                .fetch(OfferingRepository::toTier)
                .stream()
                .collect(Collectors.groupingBy(Tier::offeringId));
        return offerings.stream().map(offering -> offering.withTiers(tiers.getOrDefault(offering.id(), List.of())))
                .toList();
    }

    private static List<org.jooq.SelectField<?>> offeringFields() {
        return List.of(SERVICE_OFFERING.ID, SERVICE_OFFERING.CHEF_ID, CHEF.USER_ID, SERVICE_OFFERING.SERVICE_TYPE,
                SERVICE_OFFERING.TITLE, SERVICE_OFFERING.DESCRIPTION, SERVICE_OFFERING.DEFAULT_DURATION_MINUTES,
                SERVICE_OFFERING.MAX_TRAVEL_MILES, SERVICE_OFFERING.NOTES, SERVICE_OFFERING.CURRENCY,
                SERVICE_OFFERING.ACTIVE, SERVICE_OFFERING.VERSION, SERVICE_OFFERING.CREATED_AT,
                SERVICE_OFFERING.UPDATED_AT);
    }

    private static List<org.jooq.SelectField<?>> tierFields() {
        return List.of(SERVICE_TIER.fields());
    }

    private static Offering toOffering(Record row) {
        return new Offering(row.get(SERVICE_OFFERING.ID), row.get(SERVICE_OFFERING.CHEF_ID), row.get(CHEF.USER_ID),
                ServiceType.of(row.get(SERVICE_OFFERING.SERVICE_TYPE)).orElseThrow(),
                row.get(SERVICE_OFFERING.TITLE), row.get(SERVICE_OFFERING.DESCRIPTION),
                row.get(SERVICE_OFFERING.DEFAULT_DURATION_MINUTES), row.get(SERVICE_OFFERING.MAX_TRAVEL_MILES),
                row.get(SERVICE_OFFERING.NOTES), row.get(SERVICE_OFFERING.CURRENCY), row.get(SERVICE_OFFERING.ACTIVE),
                row.get(SERVICE_OFFERING.VERSION), row.get(SERVICE_OFFERING.CREATED_AT),
                row.get(SERVICE_OFFERING.UPDATED_AT), List.of());
    }

    private static Tier toTier(Record row) {
        return new Tier(row.get(SERVICE_TIER.ID), row.get(SERVICE_TIER.OFFERING_ID), row.get(SERVICE_TIER.DISPLAY_LABEL),
                row.get(SERVICE_TIER.HOUSEHOLD_MIN), row.get(SERVICE_TIER.HOUSEHOLD_MAX), row.get(SERVICE_TIER.CURRENCY),
                row.get(SERVICE_TIER.DESIRED_UNIT_AMOUNT_CENTS), row.get(SERVICE_TIER.IS_RECURRING),
                row.get(SERVICE_TIER.RECURRENCE_INTERVAL), row.get(SERVICE_TIER.DURATION_MINUTES),
                row.get(SERVICE_TIER.HIDDEN), row.get(SERVICE_TIER.ACTIVE), row.get(SERVICE_TIER.SOFT_DELETED),
                row.get(SERVICE_TIER.SORT_ORDER), row.get(SERVICE_TIER.CREATED_AT), row.get(SERVICE_TIER.UPDATED_AT));
    }
}
