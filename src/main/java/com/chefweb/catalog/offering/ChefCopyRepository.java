package com.chefweb.catalog.offering;

import static com.chefweb.catalog.jooq.Tables.CHEF;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ChefCopyRepository {

    private final DSLContext db;

    ChefCopyRepository(DSLContext db) {
        this.db = db;
    }

    /** Records the chef, or a newer username; hearing the same fact again changes nothing. */
    void save(Chef chef, Instant enteredAt) {
        db.insertInto(CHEF)
                .set(CHEF.USER_ID, chef.userId())
                .set(CHEF.CHEF_ID, chef.chefId())
                .set(CHEF.USERNAME, chef.username())
                .set(CHEF.ENTERED_AT, enteredAt)
                .onConflict(CHEF.USER_ID)
                .doUpdate()
                .set(CHEF.USERNAME, chef.username())
                .set(CHEF.ENTERED_AT, enteredAt)
                .where(CHEF.ENTERED_AT.lt(enteredAt))
                .execute();
    }

    /** Keeps whether customers may see the chef, unless what we hold is newer; a chef not yet heard of is recorded. */
    void saveListed(Chef chef, boolean listed, Instant changedAt) {
        db.insertInto(CHEF)
                .set(CHEF.USER_ID, chef.userId())
                .set(CHEF.CHEF_ID, chef.chefId())
                .set(CHEF.USERNAME, chef.username())
                .set(CHEF.ENTERED_AT, changedAt)
                .set(CHEF.LISTED, listed)
                .set(CHEF.LISTED_CHANGED_AT, changedAt)
                .onConflict(CHEF.USER_ID)
                .doUpdate()
                .set(CHEF.LISTED, listed)
                .set(CHEF.LISTED_CHANGED_AT, changedAt)
                .where(CHEF.LISTED_CHANGED_AT.isNull().or(CHEF.LISTED_CHANGED_AT.lt(changedAt)))
                .execute();
    }

    boolean listed(long chefId) {
        return db.fetchExists(CHEF, CHEF.CHEF_ID.eq(chefId).and(CHEF.LISTED.isTrue()));
    }

    Optional<Chef> find(UUID userId) {
        return db.select(CHEF.USER_ID, CHEF.CHEF_ID, CHEF.USERNAME)
                .from(CHEF)
                .where(CHEF.USER_ID.eq(userId))
                .fetchOptional(Records.mapping(Chef::new));
    }

    Optional<Chef> findByChefId(long chefId) {
        return db.select(CHEF.USER_ID, CHEF.CHEF_ID, CHEF.USERNAME)
                .from(CHEF)
                .where(CHEF.CHEF_ID.eq(chefId))
                .fetchOptional(Records.mapping(Chef::new));
    }
}
