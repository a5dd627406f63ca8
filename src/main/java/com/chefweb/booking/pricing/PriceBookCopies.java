package com.chefweb.booking.pricing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.pricing.PriceBook;

/**
 * Booking's own copy of the catalog's price books: the latest prices new quotes, and each booking is repriced with
 * the version it was made under.
 */
@Service
@Transactional(readOnly = true)
public class PriceBookCopies {

    private final PriceBookCopyRepository repository;
    /** A version never changes once published, so parsed versions can be kept; only "which is latest" is asked. */
    private final Map<Long, PriceBook> parsed = new ConcurrentHashMap<>();

    PriceBookCopies(PriceBookCopyRepository repository) {
        this.repository = repository;
    }

    /** The newest version received; empty until the catalog has published one. */
    public Optional<PriceBook> latest() {
        return repository.findLatestVersion().flatMap(this::version);
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
}
