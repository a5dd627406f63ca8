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

    PriceBookListener(PriceBookCopyRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(PriceBookPublished event) {
        if (repository.saveIfAbsent(event.priceBook())) {
            log.info("Booking now holds price book version {}", event.version());
        }
    }
}
