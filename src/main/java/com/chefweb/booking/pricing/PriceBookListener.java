package com.chefweb.booking.pricing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.catalog.events.PriceBookPublished;

/** Keeps booking's copy of the price book current as the catalog publishes versions. */
@Component
class PriceBookListener {

    private static final Logger log = LoggerFactory.getLogger(PriceBookListener.class);

    private final PriceBookCopyRepository repository;
    private final PriceBookCopies copies;

    PriceBookListener(PriceBookCopyRepository repository, PriceBookCopies copies) {
        this.repository = repository;
        this.copies = copies;
    }

    @ApplicationModuleListener
    void on(PriceBookPublished event) {
        if (repository.saveIfAbsent(event.priceBook())) {
            copies.stored(event.version());
            log.info("Booking now holds price book version {}", event.version());
        }
    }
}
