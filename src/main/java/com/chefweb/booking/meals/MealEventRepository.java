package com.chefweb.booking.meals;

import static com.chefweb.booking.jooq.Tables.MARKETPLACE_CHEF;
import static com.chefweb.booking.jooq.Tables.MEAL;
import static com.chefweb.booking.jooq.Tables.MEAL_EVENT;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.MealEventRecord;
import com.chefweb.booking.jooq.tables.records.MealRecord;
import com.chefweb.shared.money.Money;

@Repository
class MealEventRepository {

    private final DSLContext db;

    MealEventRepository(DSLContext db) {
        this.db = db;
    }

    long insert(MealEvent event) {
        return db.insertInto(MEAL_EVENT)
                .set(MEAL_EVENT.CHEF_USER_ID, event.chefUserId())
                .set(values(event))
                .set(MEAL_EVENT.CREATED_AT, event.createdAt())
                .returning(MEAL_EVENT.ID)
                .fetchSingle(MEAL_EVENT.ID);
    }

    void update(MealEvent event) {
        db.update(MEAL_EVENT).set(values(event)).where(MEAL_EVENT.ID.eq(event.id())).execute();
    }

    private static java.util.Map<org.jooq.Field<?>, Object> values(MealEvent event) {
        java.util.Map<org.jooq.Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(MEAL_EVENT.MEAL_ID, event.meal().id());
        values.put(MEAL_EVENT.EVENT_DATE, event.eventDate());
        values.put(MEAL_EVENT.EVENT_TIME, event.eventTime());
        values.put(MEAL_EVENT.TIME_ZONE, event.timeZone().getId());
        values.put(MEAL_EVENT.STARTS_AT, event.startsAt());
        values.put(MEAL_EVENT.ORDER_CUTOFF_AT, event.orderCutoffAt());
        values.put(MEAL_EVENT.MAX_ORDERS, event.maxOrders());
        values.put(MEAL_EVENT.MIN_ORDERS, event.minOrders());
        values.put(MEAL_EVENT.BASE_PRICE_MINOR, event.basePrice().minorUnits());
        values.put(MEAL_EVENT.MIN_PRICE_MINOR, event.minPrice().minorUnits());
        values.put(MEAL_EVENT.CURRENCY, event.basePrice().currency().getCurrencyCode());
        values.put(MEAL_EVENT.STATUS, event.status());
        values.put(MEAL_EVENT.DESCRIPTION, event.description());
        values.put(MEAL_EVENT.SPECIAL_INSTRUCTIONS, event.specialInstructions());
        values.put(MEAL_EVENT.CANCELLATION_REASON, event.cancellationReason());
        values.put(MEAL_EVENT.UPDATED_AT, event.updatedAt());
        return values;
    }

    Optional<MealEvent> find(long id) {
        return withMeal().where(MEAL_EVENT.ID.eq(id)).fetchOptional(MealEventRepository::toEvent);
    }

    Optional<MealEvent> lock(long id) {
        return withMeal().where(MEAL_EVENT.ID.eq(id)).forUpdate().of(MEAL_EVENT)
                .fetchOptional(MealEventRepository::toEvent);
    }

    /**
     * Takes servings of an open event before its cutoff, only while they last: one statement, so the row lock
     * orders simultaneous orders and the check constraint stands behind it.
     *
     * @return the servings now held, or empty when the event did not take the order
     */
    Optional<Integer> takeServings(long id, int quantity, Instant now) {
        return db.update(MEAL_EVENT)
                .set(MEAL_EVENT.ORDERS_COUNT, MEAL_EVENT.ORDERS_COUNT.plus(quantity))
                .set(MEAL_EVENT.UPDATED_AT, now)
                .where(MEAL_EVENT.ID.eq(id), MEAL_EVENT.STATUS.eq("open"), MEAL_EVENT.ORDER_CUTOFF_AT.gt(now),
                        MEAL_EVENT.ORDERS_COUNT.plus(quantity).le(MEAL_EVENT.MAX_ORDERS))
                .returning(MEAL_EVENT.ORDERS_COUNT)
                .fetchOptional(MEAL_EVENT.ORDERS_COUNT);
    }

    void releaseServings(long id, int quantity, Instant now) {
        db.update(MEAL_EVENT)
                .set(MEAL_EVENT.ORDERS_COUNT, DSL.greatest(DSL.val(0), MEAL_EVENT.ORDERS_COUNT.minus(quantity)))
                .set(MEAL_EVENT.UPDATED_AT, now)
                .where(MEAL_EVENT.ID.eq(id))
                .execute();
    }

    /** Events customers may see: of listed chefs, neither drafts nor cancelled; upcoming ones still take orders. */
    List<MealEvent> visible(@Nullable UUID chefUserId, boolean upcoming, Instant now, long offset, int limit) {
        return withMeal().join(MARKETPLACE_CHEF).on(MARKETPLACE_CHEF.USER_ID.eq(MEAL_EVENT.CHEF_USER_ID))
                .where(visibleWhere(chefUserId, upcoming, now))
                .orderBy(MEAL_EVENT.STARTS_AT, MEAL_EVENT.ID).offset(offset).limit(limit)
                .fetch(MealEventRepository::toEvent);
    }

    long countVisible(@Nullable UUID chefUserId, boolean upcoming, Instant now) {
        return db.selectCount().from(MEAL_EVENT).join(MARKETPLACE_CHEF)
                .on(MARKETPLACE_CHEF.USER_ID.eq(MEAL_EVENT.CHEF_USER_ID))
                .where(visibleWhere(chefUserId, upcoming, now)).fetchSingle(0, Long.class);
    }

    private static Condition visibleWhere(@Nullable UUID chefUserId, boolean upcoming, Instant now) {
        List<Condition> where = new ArrayList<>();
        where.add(MARKETPLACE_CHEF.LISTED.isTrue());
        if (chefUserId != null) {
            where.add(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId));
        }
        if (upcoming) {
            where.add(MEAL_EVENT.STATUS.eq("open"));
            where.add(MEAL_EVENT.ORDER_CUTOFF_AT.ge(now));
        } else {
            where.add(MEAL_EVENT.STATUS.in("open", "closed", "completed"));
        }
        return DSL.and(where);
    }

    /** The chef's events still to come (drafts, open or closed) created before {@code createdBefore}. */
    List<Long> upcomingOf(UUID chefUserId, Instant now, Instant createdBefore) {
        return db.select(MEAL_EVENT.ID).from(MEAL_EVENT)
                .where(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId), MEAL_EVENT.STATUS.in("draft", "open", "closed"),
                        MEAL_EVENT.STARTS_AT.gt(now), MEAL_EVENT.CREATED_AT.lt(createdBefore))
                .orderBy(MEAL_EVENT.STARTS_AT).fetch(MEAL_EVENT.ID);
    }

    /** Open or closed events that began before {@code before}. */
    List<Long> begunBefore(Instant before, int limit) {
        return db.select(MEAL_EVENT.ID).from(MEAL_EVENT)
                .where(MEAL_EVENT.STATUS.in("open", "closed"), MEAL_EVENT.STARTS_AT.lt(before))
                .orderBy(MEAL_EVENT.STARTS_AT).limit(limit).fetch(MEAL_EVENT.ID);
    }

    void complete(long id, Instant now) {
        db.update(MEAL_EVENT).set(MEAL_EVENT.STATUS, "completed").set(MEAL_EVENT.UPDATED_AT, now)
                .where(MEAL_EVENT.ID.eq(id)).execute();
    }

    /** Open events still taking orders, between two local dates, of listed chefs who serve the area. */
    List<MealEvent> servingArea(String area, java.time.LocalDate from, java.time.LocalDate to,
            @Nullable String mealType, Instant now, int limit) {
        Condition where = DSL.and(MARKETPLACE_CHEF.LISTED.isTrue(),
                DSL.condition("{0} = any({1})", DSL.val(area), MARKETPLACE_CHEF.SERVING_POSTAL_CODES),
                MEAL_EVENT.STATUS.eq("open"), MEAL_EVENT.ORDER_CUTOFF_AT.gt(now),
                MEAL_EVENT.EVENT_DATE.between(from, to));
        if (mealType != null) {
            where = where.and(MEAL.MEAL_TYPE.eq(mealType));
        }
        return withMeal().join(MARKETPLACE_CHEF).on(MARKETPLACE_CHEF.USER_ID.eq(MEAL_EVENT.CHEF_USER_ID))
                .where(where).orderBy(MEAL_EVENT.STARTS_AT, MEAL_EVENT.ID).limit(limit)
                .fetch(MealEventRepository::toEvent);
    }

    List<MealEvent> ofChef(UUID chefUserId, long offset, int limit) {
        return withMeal().where(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId))
                .orderBy(MEAL_EVENT.STARTS_AT.desc(), MEAL_EVENT.ID.desc()).offset(offset).limit(limit)
                .fetch(MealEventRepository::toEvent);
    }

    long countOfChef(UUID chefUserId) {
        return db.selectCount().from(MEAL_EVENT).where(MEAL_EVENT.CHEF_USER_ID.eq(chefUserId))
                .fetchSingle(0, Long.class);
    }

    private SelectJoinStep<Record> withMeal() {
        return db.select(MEAL_EVENT.fields()).select(MEAL.fields()).from(MEAL_EVENT).join(MEAL)
                .on(MEAL.ID.eq(MEAL_EVENT.MEAL_ID));
    }

    static MealEvent toEvent(Record record) {
        MealEventRecord row = record.into(MEAL_EVENT);
        MealRecord meal = record.into(MEAL);
        String currency = row.getCurrency().strip();
        return new MealEvent(row.getId(), row.getChefUserId(),
                new Meal(meal.getId(), meal.getChefUserId(), meal.getName(), meal.getDescription(), meal.getMealType(),
                        List.of(meal.getDietaryTags()), List.of(meal.getAllergens()), meal.getImageUrl(),
                        meal.getCreatedAt(), meal.getUpdatedAt()),
                row.getEventDate(), row.getEventTime(), ZoneId.of(row.getTimeZone()), row.getStartsAt(),
                row.getOrderCutoffAt(), row.getMaxOrders(), row.getMinOrders(),
                Money.ofMinor(row.getBasePriceMinor(), currency), Money.ofMinor(row.getMinPriceMinor(), currency),
                row.getStatus(), row.getDescription(), row.getSpecialInstructions(), row.getOrdersCount(),
                row.getCancellationReason(), row.getCreatedAt(), row.getUpdatedAt());
    }
}
