package com.chefweb.crm.favorites;

import static com.chefweb.crm.jooq.Tables.FAVORITE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class FavoriteRepository {

    private final DSLContext db;

    FavoriteRepository(DSLContext db) {
        this.db = db;
    }

    /** True when the chef was not a favorite before. */
    boolean add(UUID customerUserId, long chefId, Instant now) {
        return db.insertInto(FAVORITE).set(FAVORITE.CUSTOMER_USER_ID, customerUserId).set(FAVORITE.CHEF_ID, chefId)
                .set(FAVORITE.CREATED_AT, now).onConflictDoNothing().execute() == 1;
    }

    boolean remove(UUID customerUserId, long chefId) {
        return db.deleteFrom(FAVORITE).where(FAVORITE.CUSTOMER_USER_ID.eq(customerUserId))
                .and(FAVORITE.CHEF_ID.eq(chefId)).execute() == 1;
    }

    /** The customer's favorite chefs' ids with when each was added, newest first. */
    List<Favorite> of(UUID customerUserId) {
        return db.select(FAVORITE.CHEF_ID, FAVORITE.CREATED_AT).from(FAVORITE)
                .where(FAVORITE.CUSTOMER_USER_ID.eq(customerUserId)).orderBy(FAVORITE.CREATED_AT.desc())
                .fetch(row -> new Favorite(row.value1(), row.value2()));
    }

    record Favorite(long chefId, Instant addedAt) {
    }
}
