package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.ADD_ON;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;

@Repository
class AddOnRepository {

    private final DSLContext db;

    AddOnRepository(DSLContext db) {
        this.db = db;
    }

    List<AddOn> findAll(Currency currency) {
        return db.selectFrom(ADD_ON)
                .orderBy(ADD_ON.SORT_ORDER, ADD_ON.ID)
                .fetch(row -> new AddOn(row.getId(), row.getName(), row.getDescription(),
                        new Money(row.getPriceMinor(), currency),
                        AddOnPricing.valueOf(row.getPricing().toUpperCase(Locale.ROOT)),
                        row.getSortOrder(), row.getActive()));
    }

    void insert(AddOn addOn) {
        db.insertInto(ADD_ON)
                .set(ADD_ON.ID, addOn.id())
                .set(ADD_ON.NAME, addOn.name())
                .set(ADD_ON.DESCRIPTION, addOn.description())
                .set(ADD_ON.PRICE_MINOR, addOn.price().minorUnits())
                .set(ADD_ON.PRICING, addOn.pricing().name().toLowerCase(Locale.ROOT))
                .set(ADD_ON.SORT_ORDER, addOn.sortOrder())
                .set(ADD_ON.ACTIVE, addOn.active())
                .execute();
    }
}
