package com.chefweb.booking.pricing;

import java.util.Optional;

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

    PriceBookCopies(PriceBookCopyRepository repository) {
        this.repository = repository;
    }

    /** The newest version received; empty until the catalog has published one. */
    public Optional<PriceBook> latest() {
        return repository.findLatest();
    }

    public Optional<PriceBook> version(long version) {
        return repository.findVersion(version);
    }
}
