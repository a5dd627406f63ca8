package com.chefweb.notify.messages;

import static com.chefweb.notify.jooq.Tables.MARKETPLACE_CHEF;
import static com.chefweb.notify.jooq.Tables.MARKETPLACE_ORDER;
import static com.chefweb.notify.jooq.Tables.MARKETPLACE_PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.shared.money.Money;

/** Notifications' copies of marketplace customers, chefs and orders. */
@Repository
class MarketplaceFactsRepository {

    private final DSLContext db;

    MarketplaceFactsRepository(DSLContext db) {
        this.db = db;
    }

    record Person(UUID userId, String username, @Nullable String name, String email, List<String> allergies) {

        String greeting() {
            return name == null || name.isBlank() ? username : name;
        }
    }

    /** @param username the chef's public name in the app's addresses ({@code /c/<username>}), when known */
    record Chef(UUID userId, long chefId, String displayName, String timeZone, @Nullable String username) {
    }

    /**
     * @param servesAt when the chef serves it; null for orders announced before notifications kept it
     * @param cancelledAt when it was cancelled, if it was
     */
    record Order(UUID orderId, long number, String type, UUID chefUserId, UUID customerUserId, String description,
            Money amount, @Nullable Instant servesAt, @Nullable String timeZone, Instant placedAt,
            @Nullable Instant paidAt, @Nullable Instant cancelledAt) {
    }

    void savePerson(Person person, Instant savedAt) {
        db.insertInto(MARKETPLACE_PERSON)
                .set(MARKETPLACE_PERSON.USER_ID, person.userId())
                .set(MARKETPLACE_PERSON.USERNAME, person.username())
                .set(MARKETPLACE_PERSON.NAME, person.name())
                .set(MARKETPLACE_PERSON.EMAIL, person.email())
                .set(MARKETPLACE_PERSON.ALLERGIES, person.allergies().toArray(String[]::new))
                .set(MARKETPLACE_PERSON.SAVED_AT, savedAt)
                .onConflict(MARKETPLACE_PERSON.USER_ID).doUpdate()
                .set(MARKETPLACE_PERSON.USERNAME, DSL.excluded(MARKETPLACE_PERSON.USERNAME))
                .set(MARKETPLACE_PERSON.NAME, DSL.excluded(MARKETPLACE_PERSON.NAME))
                .set(MARKETPLACE_PERSON.EMAIL, DSL.excluded(MARKETPLACE_PERSON.EMAIL))
                .set(MARKETPLACE_PERSON.ALLERGIES, DSL.excluded(MARKETPLACE_PERSON.ALLERGIES))
                .set(MARKETPLACE_PERSON.SAVED_AT, DSL.excluded(MARKETPLACE_PERSON.SAVED_AT))
                .where(MARKETPLACE_PERSON.SAVED_AT.lt(DSL.excluded(MARKETPLACE_PERSON.SAVED_AT)))
                .execute();
    }

    void saveChef(Chef chef, Instant changedAt) {
        db.insertInto(MARKETPLACE_CHEF)
                .set(MARKETPLACE_CHEF.USER_ID, chef.userId())
                .set(MARKETPLACE_CHEF.CHEF_ID, chef.chefId())
                .set(MARKETPLACE_CHEF.DISPLAY_NAME, chef.displayName())
                .set(MARKETPLACE_CHEF.TIME_ZONE, chef.timeZone())
                .set(MARKETPLACE_CHEF.USERNAME, chef.username())
                .set(MARKETPLACE_CHEF.CHANGED_AT, changedAt)
                .onConflict(MARKETPLACE_CHEF.USER_ID).doUpdate()
                .set(MARKETPLACE_CHEF.DISPLAY_NAME, DSL.excluded(MARKETPLACE_CHEF.DISPLAY_NAME))
                .set(MARKETPLACE_CHEF.TIME_ZONE, DSL.excluded(MARKETPLACE_CHEF.TIME_ZONE))
                .set(MARKETPLACE_CHEF.USERNAME, DSL.excluded(MARKETPLACE_CHEF.USERNAME))
                .set(MARKETPLACE_CHEF.CHANGED_AT, DSL.excluded(MARKETPLACE_CHEF.CHANGED_AT))
                .where(MARKETPLACE_CHEF.CHANGED_AT.lt(DSL.excluded(MARKETPLACE_CHEF.CHANGED_AT)))
                .execute();
    }

    /** An order is placed once; a redelivery changes nothing. */
    void saveOrder(Order order) {
        db.insertInto(MARKETPLACE_ORDER)
                .set(MARKETPLACE_ORDER.ORDER_ID, order.orderId())
                .set(MARKETPLACE_ORDER.ORDER_NUMBER, order.number())
                .set(MARKETPLACE_ORDER.ORDER_TYPE, order.type())
                .set(MARKETPLACE_ORDER.CHEF_USER_ID, order.chefUserId())
                .set(MARKETPLACE_ORDER.CUSTOMER_USER_ID, order.customerUserId())
                .set(MARKETPLACE_ORDER.DESCRIPTION, order.description())
                .set(MARKETPLACE_ORDER.AMOUNT_MINOR, order.amount().minorUnits())
                .set(MARKETPLACE_ORDER.CURRENCY, order.amount().currency().getCurrencyCode())
                .set(MARKETPLACE_ORDER.SERVES_AT, order.servesAt())
                .set(MARKETPLACE_ORDER.TIME_ZONE, order.timeZone())
                .set(MARKETPLACE_ORDER.PLACED_AT, order.placedAt())
                .onConflictDoNothing()
                .execute();
    }

    /** @return false when notifications have no copy of the order */
    boolean markPaid(UUID orderId, Instant paidAt) {
        return db.update(MARKETPLACE_ORDER).set(MARKETPLACE_ORDER.PAID_AT, DSL.coalesce(MARKETPLACE_ORDER.PAID_AT,
                DSL.val(paidAt))).where(MARKETPLACE_ORDER.ORDER_ID.eq(orderId)).execute() == 1;
    }

    /** @return false when notifications have no copy of the order */
    boolean markCancelled(UUID orderId, Instant cancelledAt) {
        return db.update(MARKETPLACE_ORDER).set(MARKETPLACE_ORDER.CANCELLED_AT,
                DSL.coalesce(MARKETPLACE_ORDER.CANCELLED_AT, DSL.val(cancelledAt)))
                .where(MARKETPLACE_ORDER.ORDER_ID.eq(orderId)).execute() == 1;
    }

    /** Paid orders, not cancelled, served in [from, to). */
    List<Order> paidServedBetween(Instant from, Instant to) {
        return db.selectFrom(MARKETPLACE_ORDER)
                .where(MARKETPLACE_ORDER.PAID_AT.isNotNull().and(MARKETPLACE_ORDER.CANCELLED_AT.isNull())
                        .and(MARKETPLACE_ORDER.SERVES_AT.ge(from)).and(MARKETPLACE_ORDER.SERVES_AT.lt(to)))
                .orderBy(MARKETPLACE_ORDER.SERVES_AT)
                .fetch(MarketplaceFactsRepository::toOrder);
    }

    Optional<Person> person(UUID userId) {
        return db.selectFrom(MARKETPLACE_PERSON).where(MARKETPLACE_PERSON.USER_ID.eq(userId))
                .fetchOptional(row -> new Person(row.getUserId(), row.getUsername(), row.getName(), row.getEmail(),
                        List.of(row.getAllergies())));
    }

    Optional<Chef> chef(UUID userId) {
        return db.selectFrom(MARKETPLACE_CHEF).where(MARKETPLACE_CHEF.USER_ID.eq(userId))
                .fetchOptional(row -> new Chef(row.getUserId(), row.getChefId(), row.getDisplayName(),
                        row.getTimeZone(), row.getUsername()));
    }

    Optional<Order> order(UUID orderId) {
        return db.selectFrom(MARKETPLACE_ORDER).where(MARKETPLACE_ORDER.ORDER_ID.eq(orderId))
                .fetchOptional(MarketplaceFactsRepository::toOrder);
    }

    private static Order toOrder(com.chefweb.notify.jooq.tables.records.MarketplaceOrderRecord row) {
        return new Order(row.getOrderId(), row.getOrderNumber(), row.getOrderType(), row.getChefUserId(),
                row.getCustomerUserId(), row.getDescription(), Money.ofMinor(row.getAmountMinor(), row.getCurrency()),
                row.getServesAt(), row.getTimeZone(), row.getPlacedAt(), row.getPaidAt(), row.getCancelledAt());
    }
}
