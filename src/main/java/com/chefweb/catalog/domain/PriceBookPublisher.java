package com.chefweb.catalog.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.catalog.domain.PriceBookRepository.StoredPriceBook;
import com.chefweb.catalog.events.PriceBookPublished;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.pricing.PriceBook;

/**
 * Snapshots everything that prices a booking and publishes it as a new price book version when it differs from the
 * last one. Callers hold the catalog change lock and an open transaction, so the event is recorded with the change.
 */
@Component
class PriceBookPublisher {

    private static final Logger log = LoggerFactory.getLogger(PriceBookPublisher.class);

    private final PricingPolicyRepository policies;
    private final PackageRepository packages;
    private final AddOnRepository addOns;
    private final ServiceAreaRepository serviceAreas;
    private final PriceBookRepository priceBooks;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    PriceBookPublisher(PricingPolicyRepository policies, PackageRepository packages, AddOnRepository addOns,
            ServiceAreaRepository serviceAreas, PriceBookRepository priceBooks, ApplicationEventPublisher events,
            JsonMapper json, Clock clock) {
        this.policies = policies;
        this.packages = packages;
        this.addOns = addOns;
        this.serviceAreas = serviceAreas;
        this.priceBooks = priceBooks;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Publishes a new version if anything that prices a booking changed; returns the current version either way. */
    PriceBook publishIfChanged() {
        PriceBook snapshot = snapshot();
        String hash = hash(snapshot);
        Optional<StoredPriceBook> latest = priceBooks.findLatest();
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return latest.get().priceBook();
        }
        long version = latest.map(stored -> stored.priceBook().version() + 1).orElse(1L);
        PriceBook published = snapshot.withVersion(version, clock.instant());
        priceBooks.insert(published, hash);
        events.publishEvent(new PriceBookPublished(published, descriptions(published)));
        log.info("Published price book version {}", version);
        return published;
    }

    /** Publishes the latest version again, so consumers that missed it catch up; creates the first if none exists. */
    PriceBook republishLatest() {
        Optional<StoredPriceBook> latest = priceBooks.findLatest();
        if (latest.isEmpty() || !latest.get().contentHash().equals(hash(snapshot()))) {
            return publishIfChanged();
        }
        PriceBook current = latest.get().priceBook();
        events.publishEvent(new PriceBookPublished(current, descriptions(current)));
        log.info("Republished price book version {}", current.version());
        return current;
    }

    private PriceBook snapshot() {
        PricingPolicy policy = policies.find()
                .orElseThrow(() -> new IllegalStateException("The catalog has no pricing policy yet"));
        var currency = policy.currency();
        return new PriceBook(0, Instant.EPOCH, currency,
                packages.findAll(currency).stream()
                        .map(p -> new PriceBook.PackagePrice(p.id(), p.name(), p.adultPrice(), p.childPrice(), p.active()))
                        .toList(),
                addOns.findAll(currency).stream()
                        .map(a -> new PriceBook.AddOnPrice(a.id(), a.name(), a.price(), a.pricing(), a.active()))
                        .toList(),
                serviceAreas.findAll(currency).stream().filter(ServiceArea::active).map(ServiceArea::rules).toList(),
                policy.deposit(), policy.minimumSpend(), policy.balanceDueHoursBeforeEvent());
    }

    private List<PriceBookPublished.PackageDescription> descriptions(PriceBook book) {
        return packages.findAll(book.currency()).stream()
                .map(p -> new PriceBookPublished.PackageDescription(p.id(), p.name(), p.tagline(), p.description(),
                        p.includes()))
                .toList();
    }

    /**
     * A digest of the content alone (version and time zeroed), to tell a real change from a repeat; how packages are
     * described is part of it, so a new description is published too (the chatbot explains packages from it).
     */
    private String hash(PriceBook snapshot) {
        return Digests.sha256Hex(json.writeValueAsString(snapshot.withVersion(0, Instant.EPOCH))
                + json.writeValueAsString(descriptions(snapshot)));
    }
}
