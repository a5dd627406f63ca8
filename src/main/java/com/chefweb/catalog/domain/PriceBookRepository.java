package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.PRICE_BOOK;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.shared.pricing.PriceBook;

@Repository
class PriceBookRepository {

    private final DSLContext db;
    private final JsonMapper json;

    PriceBookRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Optional<StoredPriceBook> findLatest() {
        return db.select(PRICE_BOOK.CONTENT, PRICE_BOOK.CONTENT_HASH)
                .from(PRICE_BOOK)
                .orderBy(PRICE_BOOK.VERSION.desc())
                .limit(1)
                .fetchOptional(row -> new StoredPriceBook(
                        json.readValue(row.value1().data(), PriceBook.class), row.value2()));
    }

    /** The latest version number alone, without reading the snapshot. */
    Optional<Long> findLatestVersion() {
        return db.select(PRICE_BOOK.VERSION)
                .from(PRICE_BOOK)
                .orderBy(PRICE_BOOK.VERSION.desc())
                .limit(1)
                .fetchOptional(PRICE_BOOK.VERSION);
    }

    void insert(PriceBook priceBook, String contentHash) {
        db.insertInto(PRICE_BOOK)
                .set(PRICE_BOOK.VERSION, priceBook.version())
                .set(PRICE_BOOK.CONTENT, JSONB.valueOf(json.writeValueAsString(priceBook)))
                .set(PRICE_BOOK.CONTENT_HASH, contentHash)
                .set(PRICE_BOOK.PUBLISHED_AT, priceBook.publishedAt())
                .execute();
    }

    record StoredPriceBook(PriceBook priceBook, String contentHash) {
    }
}
