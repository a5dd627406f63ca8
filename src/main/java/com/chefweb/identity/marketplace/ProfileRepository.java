package com.chefweb.identity.marketplace;

import static com.chefweb.identity.jooq.Tables.ADDRESS;
import static com.chefweb.identity.jooq.Tables.MARKETPLACE_PROFILE;
import static com.chefweb.identity.jooq.Tables.USER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

    private final DSLContext db;

    ProfileRepository(DSLContext db) {
        this.db = db;
    }

    /** @return false when the username is taken (whatever its case) */
    boolean insert(UUID userId, String username, String timezone, String language, String measurement,
            int household, List<String> allergies, List<String> dietary) {
        return db.insertInto(MARKETPLACE_PROFILE)
                .set(MARKETPLACE_PROFILE.USER_ID, userId)
                .set(MARKETPLACE_PROFILE.USERNAME, username)
                .set(MARKETPLACE_PROFILE.TIMEZONE, timezone)
                .set(MARKETPLACE_PROFILE.PREFERRED_LANGUAGE, language)
                .set(MARKETPLACE_PROFILE.MEASUREMENT_SYSTEM, measurement)
                .set(MARKETPLACE_PROFILE.HOUSEHOLD_MEMBER_COUNT, household)
                .set(MARKETPLACE_PROFILE.ALLERGIES, allergies.toArray(String[]::new))
                .set(MARKETPLACE_PROFILE.DIETARY_PREFERENCES, dietary.toArray(String[]::new))
                .onConflictDoNothing()
                .execute() == 1;
    }

    boolean usernameTaken(String username) {
        return db.fetchExists(MARKETPLACE_PROFILE,
                DSL.lower(MARKETPLACE_PROFILE.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)));
    }

    /** A page of profiles' account ids, in a stable order, after {@code after} (null: from the start). */
    List<UUID> userIdsAfter(@org.jspecify.annotations.Nullable UUID after, int limit) {
        return db.select(MARKETPLACE_PROFILE.USER_ID).from(MARKETPLACE_PROFILE)
                .where(after == null ? org.jooq.impl.DSL.noCondition() : MARKETPLACE_PROFILE.USER_ID.gt(after))
                .orderBy(MARKETPLACE_PROFILE.USER_ID).limit(limit).fetch(MARKETPLACE_PROFILE.USER_ID);
    }

    Optional<MarketplaceProfile> find(UUID userId) {
        return db.select().from(MARKETPLACE_PROFILE).join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(MARKETPLACE_PROFILE.USER_ID))
                .leftJoin(ADDRESS).on(ADDRESS.USER_ID.eq(MARKETPLACE_PROFILE.USER_ID))
                .where(MARKETPLACE_PROFILE.USER_ID.eq(userId))
                .fetchOptional(ProfileRepository::toProfile);
    }

    Optional<UUID> userIdOf(String username) {
        return db.select(MARKETPLACE_PROFILE.USER_ID).from(MARKETPLACE_PROFILE)
                .where(DSL.lower(MARKETPLACE_PROFILE.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(MARKETPLACE_PROFILE.USER_ID);
    }

    /** The email of the account with this username, to sign in with either. */
    Optional<String> emailOf(String username) {
        return db.select(USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).join(MARKETPLACE_PROFILE)
                .on(MARKETPLACE_PROFILE.USER_ID.eq(USER_ACCOUNT.ID))
                .where(DSL.lower(MARKETPLACE_PROFILE.USERNAME).eq(username.toLowerCase(java.util.Locale.ROOT)))
                .fetchOptional(USER_ACCOUNT.EMAIL);
    }

    /** The account behind a public id, with its email: what a confirmation link is checked against. */
    Optional<java.util.Map.Entry<UUID, String>> accountOfPublicId(long publicId) {
        return db.select(USER_ACCOUNT.ID, USER_ACCOUNT.EMAIL).from(USER_ACCOUNT).join(MARKETPLACE_PROFILE)
                .on(MARKETPLACE_PROFILE.USER_ID.eq(USER_ACCOUNT.ID))
                .where(MARKETPLACE_PROFILE.PUBLIC_ID.eq(publicId))
                .fetchOptional(row -> java.util.Map.entry(row.value1(), row.value2()));
    }

    /** @return true when this call confirmed it (false: it already was) */
    boolean confirmEmail(UUID userId, Instant at) {
        return db.update(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, at)
                .where(USER_ACCOUNT.ID.eq(userId).and(USER_ACCOUNT.EMAIL_CONFIRMED_AT.isNull())).execute() == 1;
    }

    void saveAddress(UUID userId, MarketplaceProfile.Address address, Instant at) {
        db.insertInto(ADDRESS)
                .set(ADDRESS.USER_ID, userId)
                .set(ADDRESS.STREET, address.street())
                .set(ADDRESS.CITY, address.city())
                .set(ADDRESS.STATE, address.state())
                .set(ADDRESS.POSTAL_CODE, address.postalCode())
                .set(ADDRESS.COUNTRY, address.country())
                .set(ADDRESS.UPDATED_AT, at)
                .onConflict(ADDRESS.USER_ID).doUpdate()
                .set(ADDRESS.STREET, address.street())
                .set(ADDRESS.CITY, address.city())
                .set(ADDRESS.STATE, address.state())
                .set(ADDRESS.POSTAL_CODE, address.postalCode())
                .set(ADDRESS.COUNTRY, address.country())
                .set(ADDRESS.UPDATED_AT, at)
                .execute();
    }

    private static MarketplaceProfile toProfile(Record row) {
        MarketplaceProfile.Address address = row.get(ADDRESS.USER_ID) == null ? null
                : new MarketplaceProfile.Address(row.get(ADDRESS.STREET), row.get(ADDRESS.CITY), row.get(ADDRESS.STATE),
                        row.get(ADDRESS.POSTAL_CODE), row.get(ADDRESS.COUNTRY));
        return new MarketplaceProfile(row.get(MARKETPLACE_PROFILE.USER_ID), row.get(MARKETPLACE_PROFILE.PUBLIC_ID),
                row.get(MARKETPLACE_PROFILE.USERNAME), Boolean.TRUE.equals(row.get(USER_ACCOUNT.APPROVED_CHEF)),
                row.get(USER_ACCOUNT.EMAIL_CONFIRMED_AT) != null,
                row.get(MARKETPLACE_PROFILE.TIMEZONE), row.get(MARKETPLACE_PROFILE.PREFERRED_LANGUAGE),
                row.get(MARKETPLACE_PROFILE.MEASUREMENT_SYSTEM), row.get(MARKETPLACE_PROFILE.HOUSEHOLD_MEMBER_COUNT),
                List.of(row.get(MARKETPLACE_PROFILE.ALLERGIES)), List.of(row.get(MARKETPLACE_PROFILE.DIETARY_PREFERENCES)),
                address);
    }
}
