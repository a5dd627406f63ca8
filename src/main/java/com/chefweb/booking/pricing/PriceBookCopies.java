package com.chefweb.booking.pricing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.chefweb.shared.pricing.PriceBook;

/**
 * Booking's own copy of the catalog's price books: the latest prices new quotes, and each booking is repriced with
 * the version it was made under. A version never changes once published, so parsed versions are kept in memory, and
 * so is which one is latest: this instance learns it when it stores a new version, and every instance looks again
 * every {@code chefweb.booking.price-book-refresh-every} (a second), so a quote never waits on the database.
 */
@Service
public class PriceBookCopies {

    private final PriceBookCopyRepository repository;
    private final Map<Long, PriceBook> parsed = new ConcurrentHashMap<>();
    private volatile long latest = -1;

    PriceBookCopies(PriceBookCopyRepository repository) {
        this.repository = repository;
    }

    /** The newest version received; empty until the catalog has published one. */
    public Optional<PriceBook> latest() {
        long version = latest;
        if (version < 0) {
            refresh();
            version = latest;
        }
        return version < 0 ? Optional.empty() : version(version);
    }

    public Optional<PriceBook> version(long version) {
        PriceBook known = parsed.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PriceBook> loaded = repository.findVersion(version);
        loaded.ifPresent(book -> parsed.put(version, book));
        return loaded;
    }

    /** A version this instance has just stored becomes the latest once its transaction commits. */
    void stored(long version) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                advanceTo(version);
            }
        });
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.price-book-refresh-every:PT1S}",
            initialDelayString = "${chefweb.booking.price-book-refresh-every:PT1S}")
    void refresh() {
        repository.findLatestVersion().ifPresent(this::advanceTo);
    }

    /** Versions only grow: a late look at the database never moves back to an older one. */
    private synchronized void advanceTo(long version) {
        if (version > latest) {
            latest = version;
        }
    }
}
