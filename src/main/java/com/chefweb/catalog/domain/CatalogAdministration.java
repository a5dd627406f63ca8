package com.chefweb.catalog.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.refusal.FieldProblem;

/**
 * Changes to the catalog. Each change locks the catalog, applies fully or not at all, and publishes the new price
 * book in the same transaction; seeding goes through here too, so consumers see it exactly like an admin's edit.
 */
@Service
public class CatalogAdministration {

    private final PricingPolicyRepository policies;
    private final PackageRepository packages;
    private final AddOnRepository addOns;
    private final MenuRepository menu;
    private final ServiceAreaRepository serviceAreas;
    private final PriceBookPublisher publisher;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogAdministration(PricingPolicyRepository policies, PackageRepository packages, AddOnRepository addOns,
            MenuRepository menu, ServiceAreaRepository serviceAreas, PriceBookPublisher publisher,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.policies = policies;
        this.packages = packages;
        this.addOns = addOns;
        this.menu = menu;
        this.serviceAreas = serviceAreas;
        this.publisher = publisher;
    }

    /**
     * Loads a whole catalog into an empty database and publishes the first price book.
     *
     * @return false when the catalog already exists (this or another instance seeded it); nothing changes then
     */
    @Transactional
    public boolean seed(CatalogSeed seed) {
        if (!policies.insertIfAbsent(seed.policy())) {
            return false;
        }
        seed.packages().forEach(packages::insert);
        seed.addOns().forEach(addOns::insert);
        seed.menu().forEach(menu::insert);
        seed.serviceAreas().forEach(serviceAreas::insert);
        publisher.publishIfChanged();
        return true;
    }

    /**
     * Applies admins' edits to packages, all or none.
     *
     * @return every package after the change
     * @throws Refusal when a package is unknown or named twice; nothing changes then
     */
    @Transactional
    public List<ServicePackage> changePackages(List<PackageChange> changes) {
        var policy = policies.lockForChange()
                .orElseThrow(() -> new IllegalStateException("The catalog has not been seeded"));
        Map<String, ServicePackage> current = packages.findAll(policy.currency()).stream()
                .collect(Collectors.toMap(ServicePackage::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ServicePackage> changed = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            PackageChange change = changes.get(i);
            ServicePackage existing = current.get(change.id());
            if (existing == null) {
                problems.add(new FieldProblem("packages[" + i + "].id", "Unknown package '" + change.id() + "'"));
            } else if (changed.containsKey(change.id())) {
                problems.add(new FieldProblem("packages[" + i + "].id", "Package '" + change.id() + "' is listed twice"));
            } else {
                changed.put(change.id(), change.applyTo(existing));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        changed.values().forEach(packages::update);
        changed.values().forEach(after -> auditChange(current.get(after.id()), after));
        publisher.publishIfChanged();
        return packages.findAll(policy.currency());
    }

    private void auditChange(ServicePackage before, ServicePackage after) {
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        compare("name", before.name(), after.name(), was, now);
        compare("tagline", before.tagline(), after.tagline(), was, now);
        compare("description", before.description(), after.description(), was, now);
        compare("includes", before.includes(), after.includes(), was, now);
        compare("adult_price", before.adultPrice().toString(), after.adultPrice().toString(), was, now);
        compare("child_price", before.childPrice().toString(), after.childPrice().toString(), was, now);
        compare("active", before.active(), after.active(), was, now);
        if (!now.isEmpty()) {
            String summary = after.name() + ": " + now.keySet().stream()
                    .map(field -> field + " " + was.get(field) + " → " + now.get(field))
                    .collect(Collectors.joining(", "));
            AuditableChangeMade.byCurrentStaff("package.updated", "package", after.id(), summary, was, now, clock.instant())
                    .ifPresent(events::publishEvent);
        }
    }

    private static void compare(String field, Object before, Object after, Map<String, Object> was,
            Map<String, Object> now) {
        if (!before.equals(after)) {
            was.put(field, before);
            now.put(field, after);
        }
    }

    /** Publishes the current price book again (at startup), so every consumer holds the latest version. */
    @Transactional
    public PriceBook republishPriceBook() {
        policies.lockForChange();
        return publisher.republishLatest();
    }
}
