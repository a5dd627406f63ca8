package com.chefweb.booking.pricing;

import static com.chefweb.booking.jooq.Tables.PRICE_BOOK;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.shared.pricing.PriceBook;

@Repository
class PriceBookCopyRepository {

    private final DSLContext db;
    private final JsonMapper json;

    PriceBookCopyRepository(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Stores a version once; hearing it again (at a restart, or a redelivery) changes nothing. */
    boolean saveIfAbsent(PriceBook priceBook) {
        return db.insertInto(PRICE_BOOK)
                .set(PRICE_BOOK.VERSION, priceBook.version())
                .set(PRICE_BOOK.CONTENT, JSONB.valueOf(json.writeValueAsString(priceBook)))
                .set(PRICE_BOOK.PUBLISHED_AT, priceBook.publishedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    Optional<Long> findLatestVersion() {
        return db.select(PRICE_BOOK.VERSION)
                .from(PRICE_BOOK)
                .orderBy(PRICE_BOOK.VERSION.desc())
                .limit(1)
                .fetchOptional(PRICE_BOOK.VERSION);
    }

    Optional<PriceBook> findVersion(long version) {
        return db.select(PRICE_BOOK.CONTENT)
                .from(PRICE_BOOK)
                .where(PRICE_BOOK.VERSION.eq(version))
                .fetchOptional(row -> json.readValue(row.value1().data(), PriceBook.class));
    }
}
