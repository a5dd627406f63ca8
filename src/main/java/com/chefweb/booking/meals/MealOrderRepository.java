package com.chefweb.booking.meals;

import static com.chefweb.booking.jooq.Tables.MEAL_EVENT;
import static com.chefweb.booking.jooq.Tables.MEAL_ORDER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.MealOrderRecord;
import com.chefweb.shared.money.Money;

@Repository
class MealOrderRepository {

    private final DSLContext db;

    MealOrderRepository(DSLContext db) {
        this.db = db;
    }

    MealOrder insert(long orderId, MealEvent event, UUID customerUserId, int quantity, String specialRequests,
            Instant now) {
        Money unit = event.basePrice();
        return db.insertInto(MEAL_ORDER)
                .set(MEAL_ORDER.ORDER_ID, orderId)
                .set(MEAL_ORDER.MEAL_EVENT_ID, event.id())
                .set(MEAL_ORDER.CUSTOMER_USER_ID, customerUserId)
                .set(MEAL_ORDER.QUANTITY, quantity)
                .set(MEAL_ORDER.UNIT_PRICE_MINOR, unit.minorUnits())
                .set(MEAL_ORDER.PRICE_PAID_MINOR, unit.times(quantity).minorUnits())
                .set(MEAL_ORDER.CURRENCY, unit.currency().getCurrencyCode())
                .set(MEAL_ORDER.SPECIAL_REQUESTS, specialRequests)
                .set(MEAL_ORDER.CREATED_AT, now)
                .set(MEAL_ORDER.UPDATED_AT, now)
                .returning()
                .fetchSingle(MealOrderRepository::toOrder);
    }

    Optional<MealOrder> find(long id) {
        return db.selectFrom(MEAL_ORDER).where(MEAL_ORDER.ID.eq(id)).fetchOptional(MealOrderRepository::toOrder);
    }

    Optional<MealOrder> lock(long id) {
        return db.selectFrom(MEAL_ORDER).where(MEAL_ORDER.ID.eq(id)).forUpdate()
                .fetchOptional(MealOrderRepository::toOrder);
    }

    Optional<MealOrder> lockByParent(long orderId) {
        return db.selectFrom(MEAL_ORDER).where(MEAL_ORDER.ORDER_ID.eq(orderId)).forUpdate()
                .fetchOptional(MealOrderRepository::toOrder);
    }

    Optional<MealOrder> byParent(long orderId) {
        return db.selectFrom(MEAL_ORDER).where(MEAL_ORDER.ORDER_ID.eq(orderId))
                .fetchOptional(MealOrderRepository::toOrder);
    }

    /** The orders of an event that still hold servings, locked, to cancel them with it. */
    List<MealOrder> lockLiveOf(long mealEventId) {
        return db.selectFrom(MEAL_ORDER)
                .where(MEAL_ORDER.MEAL_EVENT_ID.eq(mealEventId), MEAL_ORDER.STATUS.in("placed", "paid"))
                .orderBy(MEAL_ORDER.ID).forUpdate().fetch(MealOrderRepository::toOrder);
    }

    /** Orders placed before {@code before} and still unpaid, oldest first. */
    List<Long> unpaidSince(Instant before, int limit) {
        return db.select(MEAL_ORDER.ID).from(MEAL_ORDER)
                .where(MEAL_ORDER.STATUS.eq("placed"), MEAL_ORDER.CREATED_AT.lt(before))
                .orderBy(MEAL_ORDER.CREATED_AT).limit(limit).fetch(MEAL_ORDER.ID);
    }

    void setStatus(long id, String status, @Nullable String reason, Instant now) {
        db.update(MEAL_ORDER).set(MEAL_ORDER.STATUS, status)
                .set(MEAL_ORDER.CANCELLATION_REASON, reason == null ? MEAL_ORDER.CANCELLATION_REASON : org.jooq.impl.DSL.val(reason))
                .set(MEAL_ORDER.UPDATED_AT, now)
                .where(MEAL_ORDER.ID.eq(id)).execute();
    }

    List<MealOrder> ofCustomer(UUID customerUserId, @Nullable List<String> statuses, long offset, int limit) {
        return db.selectFrom(MEAL_ORDER).where(ofCustomerWhere(customerUserId, statuses))
                .orderBy(MEAL_ORDER.CREATED_AT.desc(), MEAL_ORDER.ID.desc()).offset(offset).limit(limit)
                .fetch(MealOrderRepository::toOrder);
    }

    long countOfCustomer(UUID customerUserId, @Nullable List<String> statuses) {
        return db.selectCount().from(MEAL_ORDER).where(ofCustomerWhere(customerUserId, statuses))
                .fetchSingle(0, Long.class);
    }

    private static Condition ofCustomerWhere(UUID customerUserId, @Nullable List<String> statuses) {
        Condition where = MEAL_ORDER.CUSTOMER_USER_ID.eq(customerUserId);
        return statuses == null ? where : where.and(MEAL_ORDER.STATUS.in(statuses));
    }

    /** The orders of the chef's events, newest first. */
    List<MealOrder> ofChef(UUID chefUserId, long offset, int limit) {
        return db.select(MEAL_ORDER.fields()).from(MEAL_ORDER).join(MEAL_EVENT)
                .on(MEAL_EVENT.ID.eq(MEAL_ORDER.MEAL_EVENT_ID))
                .where(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId))
                .orderBy(MEAL_ORDER.CREATED_AT.desc(), MEAL_ORDER.ID.desc()).offset(offset).limit(limit)
                .fetch(record -> toOrder(record.into(MEAL_ORDER)));
    }

    long countOfChef(UUID chefUserId) {
        return db.selectCount().from(MEAL_ORDER).join(MEAL_EVENT).on(MEAL_EVENT.ID.eq(MEAL_ORDER.MEAL_EVENT_ID))
                .where(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId)).fetchSingle(0, Long.class);
    }

    private static MealOrder toOrder(MealOrderRecord row) {
        String currency = row.getCurrency().strip();
        return new MealOrder(row.getId(), row.getOrderId(), row.getMealEventId(), row.getCustomerUserId(),
                row.getQuantity(), Money.ofMinor(row.getUnitPriceMinor(), currency),
                Money.ofMinor(row.getPricePaidMinor(), currency), row.getSpecialRequests(), row.getStatus(),
                row.getCancellationReason(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
