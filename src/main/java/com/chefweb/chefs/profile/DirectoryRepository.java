package com.chefweb.chefs.profile;

import static com.chefweb.chefs.jooq.Tables.CHEF;
import static com.chefweb.chefs.jooq.Tables.CHEF_PHOTO;
import static com.chefweb.chefs.jooq.Tables.CUSTOMER_AREA;
import static com.chefweb.chefs.jooq.Tables.SERVING_POSTAL_CODE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.OrderField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The public directory's queries, and where customers live (for "is there a chef for me"). */
@Repository
class DirectoryRepository {

    private final DSLContext db;

    DirectoryRepository(DSLContext db) {
        this.db = db;
    }

    List<Chef> listed(Condition filter, DirectoryQuery.Ordering ordering, int limit, int offset) {
        return db.selectFrom(CHEF).where(listed().and(filter))
                .orderBy(order(ordering))
                .limit(limit).offset(offset)
                .fetch(ChefRepository::toChef);
    }

    int countListed(Condition filter) {
        return db.fetchCount(CHEF, listed().and(filter));
    }

    static Condition listed() {
        return CHEF.IS_VERIFIED.isTrue().and(CHEF.IS_LIVE.isTrue());
    }

    static Condition serves(String country, String postalCode) {
        return DSL.exists(DSL.selectOne().from(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.eq(CHEF.ID)
                .and(SERVING_POSTAL_CODE.COUNTRY.eq(country)).and(SERVING_POSTAL_CODE.POSTAL_CODE.eq(postalCode))));
    }

    static Condition servesAnyIn(String postalCode) {
        return DSL.exists(DSL.selectOne().from(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.eq(CHEF.ID)
                .and(SERVING_POSTAL_CODE.POSTAL_CODE.eq(postalCode))));
    }

    /** Based in the country, or serving a postal code there. */
    static Condition inCountry(String country) {
        return CHEF.COUNTRY.eq(country).or(DSL.exists(DSL.selectOne().from(SERVING_POSTAL_CODE)
                .where(SERVING_POSTAL_CODE.CHEF_ID.eq(CHEF.ID).and(SERVING_POSTAL_CODE.COUNTRY.eq(country)))));
    }

    /** Words found in the username, display name, city or bio, whatever their case; LIKE's wildcards are literal. */
    static Condition matches(String words) {
        Condition all = DSL.trueCondition();
        for (String word : words.strip().split("\\s+")) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            all = all.and(CHEF.USERNAME.likeIgnoreCase(pattern, '\\')
                    .or(CHEF.DISPLAY_NAME.likeIgnoreCase(pattern, '\\'))
                    .or(CHEF.CITY.likeIgnoreCase(pattern, '\\'))
                    .or(CHEF.BIO.likeIgnoreCase(pattern, '\\')));
        }
        return all;
    }

    private static List<OrderField<?>> order(DirectoryQuery.Ordering ordering) {
        return switch (ordering) {
            case RECENT -> List.of(CHEF.CREATED_AT.desc(), CHEF.ID.desc());
            case USERNAME -> List.of(DSL.lower(CHEF.USERNAME).asc(), CHEF.ID.asc());
            // until reviews and orders exist, "popular" means the fullest galleries: a fact, not an invented rating
            case POPULAR -> List.of(DSL.field(DSL.selectCount().from(CHEF_PHOTO).where(CHEF_PHOTO.CHEF_ID.eq(CHEF.ID)))
                    .desc(), CHEF.CREATED_AT.desc(), CHEF.ID.desc());
        };
    }

    /** Keeps where a customer lives, unless what we hold is newer. */
    void saveCustomerArea(UUID userId, @Nullable String postalCode, @Nullable String country, Instant savedAt) {
        db.insertInto(CUSTOMER_AREA)
                .set(CUSTOMER_AREA.USER_ID, userId)
                .set(CUSTOMER_AREA.POSTAL_CODE, postalCode)
                .set(CUSTOMER_AREA.COUNTRY, country)
                .set(CUSTOMER_AREA.SAVED_AT, savedAt)
                .onConflict(CUSTOMER_AREA.USER_ID).doUpdate()
                .set(CUSTOMER_AREA.POSTAL_CODE, postalCode)
                .set(CUSTOMER_AREA.COUNTRY, country)
                .set(CUSTOMER_AREA.SAVED_AT, savedAt)
                .where(CUSTOMER_AREA.SAVED_AT.lt(savedAt))
                .execute();
    }

    Optional<CustomerArea> customerArea(UUID userId) {
        return db.selectFrom(CUSTOMER_AREA).where(CUSTOMER_AREA.USER_ID.eq(userId))
                .fetchOptional(row -> new CustomerArea(row.getPostalCode(), row.getCountry()));
    }

    boolean anyListedChefServes(String country, String postalCode) {
        return db.fetchExists(CHEF, listed().and(serves(country, postalCode)));
    }

    boolean chefServes(long chefId, String country, String postalCode) {
        return db.fetchExists(SERVING_POSTAL_CODE, SERVING_POSTAL_CODE.CHEF_ID.eq(chefId)
                .and(SERVING_POSTAL_CODE.COUNTRY.eq(country)).and(SERVING_POSTAL_CODE.POSTAL_CODE.eq(postalCode)));
    }

    /** Where a customer lives, as identity last said. */
    record CustomerArea(@Nullable String postalCode, @Nullable String country) {
    }
}
