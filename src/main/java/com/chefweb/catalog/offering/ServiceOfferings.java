package com.chefweb.catalog.offering;

import com.chefweb.shared.web.Provided;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.catalog.events.ServiceOfferingChanged;
import com.chefweb.shared.refusal.Refusal;

/**
 * Chefs' service offerings and their tiers. Every change publishes the whole offering as it now is
 * ({@link ServiceOfferingChanged}) in the writing transaction. A chef sees and changes only their own: another chef's
 * offering or tier is not found, and so is an inactive offering for anyone but its chef.
 */
@Service
public class ServiceOfferings {

    /** PostgreSQL's exclusion_violation: the tier's households overlap another tier's. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    private final OfferingRepository offerings;
    private final ChefCopyRepository chefs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceOfferings(OfferingRepository offerings, ChefCopyRepository chefs, ApplicationEventPublisher events,
            Clock clock) {
        this.offerings = offerings;
        this.chefs = chefs;
        this.events = events;
        this.clock = clock;
    }

    /** All of the chef's offerings, deleted ones too (the dashboard lists them). */
    @Transactional(readOnly = true)
    public List<Offering> ofChef(Chef chef) {
        return offerings.ofChef(chef.chefId());
    }

    /** What customers see: active offerings with a bookable tier, of one chef or (chefId null) of every chef. */
    @Transactional(readOnly = true)
    public List<Offering> publicOnes(@Nullable Long chefId, @Nullable ServiceType type, int limit) {
        return offerings.publicOnes(chefId, type, limit);
    }

    /** One offering: customers see it while it is public and its chef listed; its chef always. */
    @Transactional(readOnly = true)
    public Offering find(long id, Optional<Chef> viewer) {
        return offerings.find(id)
                .filter(offering -> viewer.map(v -> v.chefId() == offering.chefId()).orElse(false)
                        || offering.publiclyVisible() && chefs.listed(offering.chefId()))
                .orElseThrow(ServiceOfferings::offeringNotFound);
    }

    @Transactional
    public Offering create(Chef chef, OfferingChanges changes) {
        Checks checks = new Checks();
        ServiceType type = serviceType(checks, changes.serviceType(), null);
        String title = checks.text("title", Provided.or(changes.title(), null), 200, false, true);
        String description = checks.text("description", Provided.or(changes.description(), null), 5000, true, false);
        Integer duration = checks.between("default_duration_minutes",
                Provided.or(changes.defaultDurationMinutes(), null), 15, 1440);
        Integer travel = checks.between("max_travel_miles", Provided.or(changes.maxTravelMiles(), null), 0, 500);
        String notes = checks.text("notes", Provided.or(changes.notes(), null), 2000, true, false);
        String currency = checks.currency("currency", Provided.or(changes.currency(), null), Currencies.DEFAULT);
        boolean active = checks.flag("active", Provided.or(changes.active(), null), true);
        targetCustomers(checks, changes);
        checks.refuseIfAny();
        long id = offerings.insert(chef.chefId(), type == null ? ServiceType.HOME_CHEF : type, title, description,
                duration, travel, notes, currency, active, clock.instant());
        return published(id);
    }

    /** Changes only the fields sent. */
    @Transactional
    public Offering change(Chef chef, long id, OfferingChanges changes) {
        Offering current = offerings.findForUpdate(id).filter(offering -> offering.chefId() == chef.chefId())
                .orElseThrow(ServiceOfferings::offeringNotFound);
        Checks checks = new Checks();
        ServiceType type = serviceType(checks, changes.serviceType(), current.serviceType());
        String title = changes.title() == null ? current.title()
                : checks.text("title", changes.title().value(), 200, false, true);
        String description = changes.description() == null ? current.description()
                : checks.text("description", changes.description().value(), 5000, true, false);
        Integer duration = checks.between("default_duration_minutes",
                Provided.or(changes.defaultDurationMinutes(), current.defaultDurationMinutes()), 15, 1440);
        Integer travel = checks.between("max_travel_miles",
                Provided.or(changes.maxTravelMiles(), current.maxTravelMiles()), 0, 500);
        String notes = changes.notes() == null ? current.notes()
                : checks.text("notes", changes.notes().value(), 2000, true, false);
        String currency = checks.currency("currency", Provided.or(changes.currency(), null), current.currency());
        if (!currency.equals(current.currency()) && !current.currentTiers().isEmpty()) {
            checks.problem("currency", "The tiers of this service are priced in " + current.currency().toUpperCase()
                    + "; delete them before changing its currency.");
        }
        boolean active = checks.flag("active", Provided.or(changes.active(), null), current.active());
        targetCustomers(checks, changes);
        checks.refuseIfAny();
        offerings.update(new Offering(current.id(), current.chefId(), current.chefUserId(),
                type == null ? current.serviceType() : type, title, description, duration, travel, notes, currency,
                active, current.version(), current.createdAt(), current.updatedAt(), List.of()), clock.instant());
        return published(id);
    }

    /** Deletes softly: the offering leaves the public list and stays in the chef's own, inactive. */
    @Transactional
    public void delete(Chef chef, long id) {
        Offering current = offerings.findForUpdate(id).filter(offering -> offering.chefId() == chef.chefId())
                .orElseThrow(ServiceOfferings::offeringNotFound);
        offerings.update(new Offering(current.id(), current.chefId(), current.chefUserId(), current.serviceType(),
                current.title(), current.description(), current.defaultDurationMinutes(), current.maxTravelMiles(),
                current.notes(), current.currency(), false, current.version(), current.createdAt(),
                current.updatedAt(), List.of()), clock.instant());
        published(id);
    }

    @Transactional
    public Tier addTier(Chef chef, long offeringId, TierChanges changes) {
        // locked: the offering's currency is settled by its first tier, and every tier must be in it, so two tiers
        // written at once are taken one after the other (overlapping households are refused by the database anyway)
        Offering offering = offerings.findForUpdate(offeringId).filter(found -> found.chefId() == chef.chefId())
                .orElseThrow(ServiceOfferings::offeringNotFound);
        Instant now = clock.instant();
        offering = pricedInFirstTiersCurrency(offering, changes, now);
        Tier tier = merged(offering, new Tier(0, offeringId, "", 1, null, offering.currency(), 0, false, null, null,
                false, true, false, 0, now, now), changes, true);
        long id = insertOrRefuseOverlap(tier, now);
        offerings.touch(offeringId, now);
        return tierOf(published(offeringId), id);
    }

    /**
     * The app's offering form sends no currency, its tier form does: an offering without tiers takes the currency of
     * its first tier. Locked, so two first tiers in different currencies cannot both set it.
     */
    private Offering pricedInFirstTiersCurrency(Offering offering, TierChanges changes, Instant now) {
        String wanted = Provided.or(changes.currency(), null);
        if (wanted == null || !offering.currentTiers().isEmpty()) {
            return offering;
        }
        String code = wanted.strip().toLowerCase(java.util.Locale.ROOT);
        Offering locked = offerings.findForUpdate(offering.id()).orElseThrow();
        if (!locked.currentTiers().isEmpty() || code.equals(locked.currency()) || !Currencies.isSupported(code)) {
            return locked;
        }
        offerings.update(new Offering(locked.id(), locked.chefId(), locked.chefUserId(), locked.serviceType(),
                locked.title(), locked.description(), locked.defaultDurationMinutes(), locked.maxTravelMiles(),
                locked.notes(), code, locked.active(), locked.version(), locked.createdAt(), now, locked.tiers()), now);
        return offerings.find(offering.id()).orElseThrow();
    }

    /** Changes only the fields sent. */
    @Transactional
    public Tier changeTier(Chef chef, long tierId, TierChanges changes) {
        Tier current = ownTier(chef, tierId);
        // locked, as when adding: the currency a change is checked against cannot move underneath it
        Offering offering = offerings.findForUpdate(current.offeringId()).orElseThrow();
        current = ownTier(chef, tierId);
        Instant now = clock.instant();
        Tier tier = merged(offering, current, changes, false);
        try {
            offerings.updateTier(tier, now);
        } catch (RuntimeException e) {
            throw refusedOverlap(e, tier);
        }
        offerings.touch(offering.id(), now);
        return tierOf(published(offering.id()), tierId);
    }

    /** Deletes softly: the tier disappears from every list; its households may be priced again by a new tier. */
    @Transactional
    public void deleteTier(Chef chef, long tierId) {
        Tier current = ownTier(chef, tierId);
        Instant now = clock.instant();
        offerings.updateTier(new Tier(current.id(), current.offeringId(), current.displayLabel(),
                current.householdMin(), current.householdMax(), current.currency(), current.amountMinor(),
                current.recurring(), current.recurrenceInterval(), current.durationMinutes(), current.hidden(), false,
                true, current.sortOrder(), current.createdAt(), now), now);
        offerings.touch(current.offeringId(), now);
        published(current.offeringId());
    }

    private Tier ownTier(Chef chef, long tierId) {
        Tier tier = offerings.findTier(tierId).filter(found -> !found.softDeleted())
                .orElseThrow(ServiceOfferings::tierNotFound);
        offerings.find(tier.offeringId()).filter(offering -> offering.chefId() == chef.chefId())
                .orElseThrow(ServiceOfferings::tierNotFound);
        return tier;
    }

    /** The tier after the changes, checked as a whole; refused, field by field, when anything is wrong. */
    private Tier merged(Offering offering, Tier current, TierChanges changes, boolean creating) {
        Checks checks = new Checks();
        String label = changes.displayLabel() == null ? current.displayLabel()
                : checks.text("display_label", changes.displayLabel().value(), 100, false, false);
        Integer min = Provided.or(changes.householdMin(), creating ? null : current.householdMin());
        if (min == null) {
            checks.problem("household_min", creating ? "This field is required." : "Enter the smallest household.");
        }
        checks.between("household_min", min, 1, 1000);
        Integer max = checks.between("household_max", Provided.or(changes.householdMax(), current.householdMax()), 1,
                1000);
        if (min != null && max != null && max < min) {
            checks.problem("household_max", "Must be at least household_min (" + min + "), or empty for no limit.");
        }
        String currency = checks.currency("currency", Provided.or(changes.currency(), null), current.currency());
        if (!currency.equals(offering.currency())) {
            checks.problem("currency", "This service is priced in " + offering.currency().toUpperCase()
                    + "; its tiers are too.");
        }
        Integer amount = Provided.or(changes.desiredUnitAmountCents(), creating ? null : current.amountMinor());
        if (amount == null) {
            checks.problem("desired_unit_amount_cents", "This field is required.");
        } else if (amount <= 0 || amount > 100_000_000) {
            checks.problem("desired_unit_amount_cents",
                    "Enter a price above zero, in the currency's smallest unit (cents; yen for JPY).");
        }
        boolean recurring = checks.flag("is_recurring", Provided.or(changes.isRecurring(), null), current.recurring());
        String interval;
        if (changes.recurrenceInterval() != null) {
            String sent = changes.recurrenceInterval().value();
            interval = sent == null || sent.isBlank() ? null : sent.strip();
        } else {
            // no longer recurring: the interval goes with it
            interval = recurring ? current.recurrenceInterval() : null;
        }
        if (interval != null && !interval.equals("week") && !interval.equals("month")) {
            checks.problem("recurrence_interval", "Choose week or month.");
        } else if (recurring && interval == null) {
            checks.problem("recurrence_interval", "Choose week or month for a recurring tier.");
        } else if (!recurring && interval != null) {
            checks.problem("recurrence_interval", "Only a recurring tier repeats; leave it empty.");
        }
        Integer duration = checks.between("duration_minutes",
                Provided.or(changes.durationMinutes(), current.durationMinutes()), 15, 1440);
        boolean hidden = checks.flag("hidden", Provided.or(changes.hidden(), null), current.hidden());
        boolean active = checks.flag("active", Provided.or(changes.active(), null), current.active());
        Integer sortOrder = Provided.or(changes.sortOrder(), current.sortOrder());
        checks.between("sort_order", sortOrder, 0, 10_000);
        checks.refuseIfAny();
        Tier tier = new Tier(current.id(), offering.id(), label, min, max, currency, amount, recurring, interval,
                duration, hidden, active, false, sortOrder == null ? 0 : sortOrder, current.createdAt(),
                current.updatedAt());
        offerings.overlapping(offering.id(), min, max, creating ? null : current.id())
                .ifPresent(other -> {
                    throw overlap(tier, other);
                });
        return tier;
    }

    private long insertOrRefuseOverlap(Tier tier, Instant now) {
        try {
            return offerings.insertTier(tier, now);
        } catch (RuntimeException e) {
            throw refusedOverlap(e, tier);
        }
    }

    /** The database's refusal of overlapping households (two requests raced past the check) as the same 400. */
    private static RuntimeException refusedOverlap(RuntimeException e, Tier tier) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return overlap(tier, null);
            }
        }
        return e;
    }

    private static Refusal overlap(Tier tier, @Nullable Tier other) {
        String mine = Tier.householdRange(tier.householdMin(), tier.householdMax());
        String message = other == null
                ? mine + " overlaps another tier of this service; each household size has one price."
                : mine + " overlaps the tier for " + Tier.householdRange(other.householdMin(), other.householdMax())
                        + "; each household size has one price.";
        return Refusal.invalid("household_min", message);
    }

    private static @Nullable ServiceType serviceType(Checks checks, @Nullable Provided<String> sent,
            @Nullable ServiceType current) {
        if (sent == null) {
            if (current == null) {
                checks.problem("service_type", "This field is required.");
            }
            return current;
        }
        String code = sent.value() == null ? "" : sent.value().strip();
        Optional<ServiceType> type = ServiceType.of(code);
        if (type.isEmpty()) {
            checks.problem("service_type", code.isEmpty() ? "This field is required."
                    : "\"" + code + "\" is not a valid choice: home_chef or weekly_prep (catering is not offered).");
        }
        return type.orElse(current);
    }

    /** Offering to chosen customers needs accepted connections, which do not exist yet: only everyone. */
    private static void targetCustomers(Checks checks, OfferingChanges changes) {
        List<Long> ids = Provided.or(changes.targetCustomerIds(), null);
        if (ids != null && !ids.isEmpty()) {
            checks.problem("target_customer_ids",
                    "Offering a service to chosen customers needs an accepted connection with each; leave it empty.");
        }
    }

    private Offering published(long offeringId) {
        Offering offering = offerings.find(offeringId).orElseThrow();
        events.publishEvent(new ServiceOfferingChanged(offering.id(), offering.version(), offering.chefId(),
                offering.chefUserId(), offering.serviceType().code(), offering.title(), offering.description(),
                offering.defaultDurationMinutes(), offering.maxTravelMiles(), offering.currency(), offering.active(),
                offering.tiers().stream()
                        .map(tier -> new ServiceOfferingChanged.Tier(tier.id(), tier.displayLabel(),
                                tier.householdMin(), tier.householdMax(), tier.amountMinor(), tier.recurring(),
                                tier.recurrenceInterval(), tier.durationMinutes(), tier.hidden(), tier.active(),
                                tier.softDeleted(), tier.sortOrder()))
                        .toList(),
                offering.updatedAt()));
        return offering;
    }

    private static Tier tierOf(Offering offering, long tierId) {
        return offering.tiers().stream().filter(tier -> tier.id() == tierId).findFirst().orElseThrow();
    }

    private static Refusal offeringNotFound() {
        return Refusal.notFound("Service offering not found");
    }

    private static Refusal tierNotFound() {
        return Refusal.notFound("Service tier not found");
    }
}
