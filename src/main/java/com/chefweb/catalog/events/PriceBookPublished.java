package com.chefweb.catalog.events;

import java.util.List;

import com.chefweb.shared.pricing.PriceBook;

/**
 * A price book version was published: on every catalog change, and again at startup so a consumer that missed one
 * catches up. Consumers keep their own copy (event-carried state transfer) and must tolerate seeing a version twice.
 *
 * @param priceBook the complete snapshot, not a difference
 * @param packages how each package is described to customers at this version (what it includes, whom it suits), for
 *     consumers that explain packages rather than price them; empty in events recorded before it was added
 */
public record PriceBookPublished(PriceBook priceBook, List<PackageDescription> packages) {

    public PriceBookPublished {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }

    public PriceBookPublished(PriceBook priceBook) {
        this(priceBook, List.of());
    }

    public long version() {
        return priceBook.version();
    }

    /**
     * @param id the package id, as in the price book
     * @param tagline a few words, such as "Most popular"
     * @param includes what the customer gets, one item each
     */
    public record PackageDescription(String id, String name, String tagline, String description,
            List<String> includes) {

        public PackageDescription {
            includes = includes == null ? List.of() : List.copyOf(includes);
        }
    }
}
