package com.chefweb.booking.marketplace;

import static com.chefweb.booking.jooq.Tables.CUSTOMER_ADDRESS;
import static com.chefweb.booking.jooq.Tables.MARKETPLACE_CHEF;
import static com.chefweb.booking.jooq.Tables.MARKETPLACE_CUSTOMER;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.MarketplaceChefRecord;
import com.chefweb.booking.jooq.tables.records.MarketplaceCustomerRecord;

/** Booking's copies of marketplace chefs and customers; a copy is replaced only by a newer announcement. */
@Repository
class PeopleRepository {

    private final DSLContext db;

    PeopleRepository(DSLContext db) {
        this.db = db;
    }

    /** Inserts the copy, or replaces it with these same values when they are newer. */
    void saveChef(MarketplaceChef chef, java.util.List<String> servingPostalCodes, Instant changedAt) {
        java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(MARKETPLACE_CHEF.USER_ID, chef.userId());
        values.put(MARKETPLACE_CHEF.CHEF_ID, chef.chefId());
        values.put(MARKETPLACE_CHEF.USERNAME, chef.username());
        values.put(MARKETPLACE_CHEF.DISPLAY_NAME, chef.displayName());
        values.put(MARKETPLACE_CHEF.TIME_ZONE, chef.timeZone().getId());
        values.put(MARKETPLACE_CHEF.DEFAULT_CURRENCY, chef.defaultCurrency().getCurrencyCode());
        values.put(MARKETPLACE_CHEF.LIVE, chef.live());
        values.put(MARKETPLACE_CHEF.LISTED, chef.listed());
        values.put(MARKETPLACE_CHEF.ON_BREAK, chef.onBreak());
        values.put(MARKETPLACE_CHEF.SERVING_POSTAL_CODES, servingPostalCodes.toArray(String[]::new));
        values.put(MARKETPLACE_CHEF.CHANGED_AT, changedAt);
        db.insertInto(MARKETPLACE_CHEF).set(values)
                .onConflict(MARKETPLACE_CHEF.USER_ID).doUpdate().set(values)
                .where(MARKETPLACE_CHEF.CHANGED_AT.lt(changedAt))
                .execute();
    }

    void saveCustomer(MarketplaceCustomer customer, Instant savedAt) {
        db.insertInto(MARKETPLACE_CUSTOMER)
                .set(MARKETPLACE_CUSTOMER.USER_ID, customer.userId())
                .set(MARKETPLACE_CUSTOMER.PUBLIC_ID, customer.publicId())
                .set(MARKETPLACE_CUSTOMER.USERNAME, customer.username())
                .set(MARKETPLACE_CUSTOMER.EMAIL, customer.email())
                .set(MARKETPLACE_CUSTOMER.SAVED_AT, savedAt)
                .onConflict(MARKETPLACE_CUSTOMER.USER_ID).doUpdate()
                .set(MARKETPLACE_CUSTOMER.USERNAME, customer.username())
                .set(MARKETPLACE_CUSTOMER.EMAIL, customer.email())
                .set(MARKETPLACE_CUSTOMER.SAVED_AT, savedAt)
                .where(MARKETPLACE_CUSTOMER.SAVED_AT.lt(savedAt))
                .execute();
    }

    Optional<MarketplaceChef> chef(UUID userId) {
        return db.selectFrom(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.USER_ID.eq(userId))
                .fetchOptional(PeopleRepository::toChef);
    }

    /** @param address the whole address on one line (kept in {@code street}), with its postal code and country */
    void saveAddress(UUID userId, String address, @org.jspecify.annotations.Nullable String postalCode,
            @org.jspecify.annotations.Nullable String country, Instant savedAt) {
        db.insertInto(CUSTOMER_ADDRESS)
                .set(CUSTOMER_ADDRESS.USER_ID, userId)
                .set(CUSTOMER_ADDRESS.STREET, address)
                .set(CUSTOMER_ADDRESS.POSTAL_CODE, postalCode)
                .set(CUSTOMER_ADDRESS.COUNTRY, country)
                .set(CUSTOMER_ADDRESS.SAVED_AT, savedAt)
                .onConflict(CUSTOMER_ADDRESS.USER_ID).doUpdate()
                .set(CUSTOMER_ADDRESS.STREET, address)
                .set(CUSTOMER_ADDRESS.POSTAL_CODE, postalCode)
                .set(CUSTOMER_ADDRESS.COUNTRY, country)
                .set(CUSTOMER_ADDRESS.SAVED_AT, savedAt)
                .where(CUSTOMER_ADDRESS.SAVED_AT.lt(savedAt))
                .execute();
    }

    /** The customer's area as chefs list it ({@code COUNTRY:POSTAL}), when their address has both. */
    Optional<String> area(UUID userId) {
        return db.select(CUSTOMER_ADDRESS.COUNTRY, CUSTOMER_ADDRESS.POSTAL_CODE).from(CUSTOMER_ADDRESS)
                .where(CUSTOMER_ADDRESS.USER_ID.eq(userId), CUSTOMER_ADDRESS.COUNTRY.isNotNull(),
                        CUSTOMER_ADDRESS.POSTAL_CODE.isNotNull())
                .fetchOptional(row -> row.value1().strip().toUpperCase(java.util.Locale.ROOT) + ":" + row.value2().strip());
    }

    /** The customer's address on one line, when they saved one. */
    Optional<String> address(UUID userId) {
        return db.select(CUSTOMER_ADDRESS.STREET).from(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.USER_ID.eq(userId))
                .fetchOptional(CUSTOMER_ADDRESS.STREET).filter(line -> line != null && !line.isBlank());
    }

    Optional<Instant> chefChangedAt(UUID userId) {
        return db.select(MARKETPLACE_CHEF.CHANGED_AT).from(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.USER_ID.eq(userId))
                .fetchOptional(MARKETPLACE_CHEF.CHANGED_AT);
    }

    Optional<MarketplaceChef> chefById(long chefId) {
        return db.selectFrom(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.CHEF_ID.eq(chefId))
                .fetchOptional(PeopleRepository::toChef);
    }

    Optional<MarketplaceChef> chefByUsername(String username) {
        return db.selectFrom(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.USERNAME.equalIgnoreCase(username))
                .fetchOptional(PeopleRepository::toChef);
    }

    Map<UUID, MarketplaceChef> chefs(Collection<UUID> userIds) {
        return db.selectFrom(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.USER_ID.in(userIds))
                .fetchMap(MARKETPLACE_CHEF.USER_ID, PeopleRepository::toChef);
    }

    Optional<MarketplaceCustomer> customer(UUID userId) {
        return db.selectFrom(MARKETPLACE_CUSTOMER).where(MARKETPLACE_CUSTOMER.USER_ID.eq(userId))
                .fetchOptional(PeopleRepository::toCustomer);
    }

    Optional<MarketplaceCustomer> customerByUsername(String username) {
        return db.selectFrom(MARKETPLACE_CUSTOMER).where(MARKETPLACE_CUSTOMER.USERNAME.equalIgnoreCase(username))
                .fetchOptional(PeopleRepository::toCustomer);
    }

    Map<UUID, MarketplaceCustomer> customers(Collection<UUID> userIds) {
        return db.selectFrom(MARKETPLACE_CUSTOMER).where(MARKETPLACE_CUSTOMER.USER_ID.in(userIds))
                .fetchMap(MARKETPLACE_CUSTOMER.USER_ID, PeopleRepository::toCustomer);
    }

    private static MarketplaceChef toChef(MarketplaceChefRecord row) {
        return new MarketplaceChef(row.getUserId(), row.getChefId(), row.getUsername(), row.getDisplayName(),
                ZoneId.of(row.getTimeZone()), Currency.getInstance(row.getDefaultCurrency().strip()), row.getLive(),
                row.getListed(), row.getOnBreak());
    }

    private static MarketplaceCustomer toCustomer(MarketplaceCustomerRecord row) {
        return new MarketplaceCustomer(row.getUserId(), row.getPublicId(), row.getUsername(), row.getEmail());
    }
}
