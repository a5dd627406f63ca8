package com.chefweb.catalog.domain;

import static com.chefweb.catalog.jooq.Tables.SERVICE_PACKAGE;

import java.util.Currency;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;

@Repository
class PackageRepository {

    private final DSLContext db;

    PackageRepository(DSLContext db) {
        this.db = db;
    }

    List<ServicePackage> findAll(Currency currency) {
        return db.selectFrom(SERVICE_PACKAGE)
                .orderBy(SERVICE_PACKAGE.SORT_ORDER, SERVICE_PACKAGE.ID)
                .fetch(row -> toPackage(row, currency));
    }

    void insert(ServicePackage servicePackage) {
        db.insertInto(SERVICE_PACKAGE)
                .set(SERVICE_PACKAGE.ID, servicePackage.id())
                .set(SERVICE_PACKAGE.SORT_ORDER, servicePackage.sortOrder())
                .set(SERVICE_PACKAGE.NAME, servicePackage.name())
                .set(SERVICE_PACKAGE.TAGLINE, servicePackage.tagline())
                .set(SERVICE_PACKAGE.DESCRIPTION, servicePackage.description())
                .set(SERVICE_PACKAGE.INCLUDES, servicePackage.includes().toArray(String[]::new))
                .set(SERVICE_PACKAGE.ADULT_PRICE_MINOR, servicePackage.adultPrice().minorUnits())
                .set(SERVICE_PACKAGE.CHILD_PRICE_MINOR, servicePackage.childPrice().minorUnits())
                .set(SERVICE_PACKAGE.ACTIVE, servicePackage.active())
                .execute();
    }

    void update(ServicePackage servicePackage) {
        db.update(SERVICE_PACKAGE)
                .set(SERVICE_PACKAGE.NAME, servicePackage.name())
                .set(SERVICE_PACKAGE.TAGLINE, servicePackage.tagline())
                .set(SERVICE_PACKAGE.DESCRIPTION, servicePackage.description())
                .set(SERVICE_PACKAGE.INCLUDES, servicePackage.includes().toArray(String[]::new))
                .set(SERVICE_PACKAGE.ADULT_PRICE_MINOR, servicePackage.adultPrice().minorUnits())
                .set(SERVICE_PACKAGE.CHILD_PRICE_MINOR, servicePackage.childPrice().minorUnits())
                .set(SERVICE_PACKAGE.ACTIVE, servicePackage.active())
                .set(SERVICE_PACKAGE.UPDATED_AT, org.jooq.impl.DSL.currentInstant())
                .where(SERVICE_PACKAGE.ID.eq(servicePackage.id()))
                .execute();
    }

    private static ServicePackage toPackage(Record row, Currency currency) {
        return new ServicePackage(row.get(SERVICE_PACKAGE.ID), row.get(SERVICE_PACKAGE.NAME),
                row.get(SERVICE_PACKAGE.TAGLINE), row.get(SERVICE_PACKAGE.DESCRIPTION),
                List.of(row.get(SERVICE_PACKAGE.INCLUDES)),
                new Money(row.get(SERVICE_PACKAGE.ADULT_PRICE_MINOR), currency),
                new Money(row.get(SERVICE_PACKAGE.CHILD_PRICE_MINOR), currency),
                row.get(SERVICE_PACKAGE.SORT_ORDER), row.get(SERVICE_PACKAGE.ACTIVE));
    }
}
