package com.chefweb.catalog.events;

import com.chefweb.shared.pricing.PriceBook;

/**
 * A price book version was published: on every catalog change, and again at startup so a consumer that missed one
 * catches up. Consumers keep their own copy (event-carried state transfer) and must tolerate seeing a version twice.
 *
 * @param priceBook the complete snapshot, not a difference
 */
public record PriceBookPublished(PriceBook priceBook) {

    public long version() {
        return priceBook.version();
    }
}
