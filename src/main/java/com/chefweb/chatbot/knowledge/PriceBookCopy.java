package com.chefweb.chatbot.knowledge;

import static com.chefweb.chatbot.jooq.Tables.PRICE_BOOK;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.catalog.events.PriceBookPublished;
import com.chefweb.catalog.events.PriceBookPublished.PackageDescription;
import com.chefweb.shared.pricing.PriceBook;

/**
 * The chatbot's own copy of the price book, kept from catalog's events in its own table and held in memory: every
 * answer reads it, so none waits on the database. This instance switches to a version once it has stored it; every
 * instance also looks for a newer one every {@code chefweb.chatbot.price-book-refresh-every} (a second).
 */
@Component
public class PriceBookCopy {

    private static final Logger log = LoggerFactory.getLogger(PriceBookCopy.class);
    private static final TypeReference<List<PackageDescription>> DESCRIPTIONS = new TypeReference<>() {
    };

    private final DSLContext db;
    private final JsonMapper json;
    private volatile Knowledge current;

    PriceBookCopy(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** What the chatbot knows now; empty until the catalog has published a price book. */
    public Optional<Knowledge> current() {
        Knowledge known = current;
        if (known == null) {
            refresh();
            known = current;
        }
        return Optional.ofNullable(known);
    }

    @ApplicationModuleListener
    void on(PriceBookPublished event) {
        int stored = db.insertInto(PRICE_BOOK)
                .set(PRICE_BOOK.VERSION, event.version())
                .set(PRICE_BOOK.CONTENT, JSONB.valueOf(json.writeValueAsString(event.priceBook())))
                .set(PRICE_BOOK.PACKAGES, JSONB.valueOf(json.writeValueAsString(event.packages())))
                .set(PRICE_BOOK.PUBLISHED_AT, event.priceBook().publishedAt())
                .onConflictDoNothing()
                .execute();
        if (stored == 1) {
            Knowledge knowledge = new Knowledge(event.priceBook(), event.packages());
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    advanceTo(knowledge);
                }
            });
            log.info("The chatbot now answers from price book version {}", event.version());
        }
    }

    @Scheduled(fixedDelayString = "${chefweb.chatbot.price-book-refresh-every:PT1S}",
            initialDelayString = "${chefweb.chatbot.price-book-refresh-every:PT1S}")
    void refresh() {
        Knowledge known = current;
        long have = known == null ? -1 : known.priceBook().version();
        db.select(PRICE_BOOK.CONTENT, PRICE_BOOK.PACKAGES).from(PRICE_BOOK)
                .where(PRICE_BOOK.VERSION.gt(have))
                .orderBy(PRICE_BOOK.VERSION.desc()).limit(1)
                .fetchOptional(row -> new Knowledge(json.readValue(row.value1().data(), PriceBook.class),
                        json.readValue(row.value2().data(), DESCRIPTIONS)))
                .ifPresent(this::advanceTo);
    }

    /** Versions only grow: a late look never moves back to an older one. */
    private synchronized void advanceTo(Knowledge knowledge) {
        Knowledge known = current;
        if (known == null || knowledge.priceBook().version() > known.priceBook().version()) {
            current = knowledge;
        }
    }
}
