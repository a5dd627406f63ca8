package com.chefweb.booking.orders;

import static com.chefweb.booking.jooq.Tables.CUSTOMER_ORDER;
import static com.chefweb.booking.jooq.Tables.MARKETPLACE_CHEF;
import static com.chefweb.booking.jooq.Tables.MEAL;
import static com.chefweb.booking.jooq.Tables.MEAL_EVENT;
import static com.chefweb.booking.jooq.Tables.MEAL_ORDER;
import static com.chefweb.booking.jooq.Tables.OFFERING_COPY;
import static com.chefweb.booking.jooq.Tables.OFFERING_TIER_COPY;
import static com.chefweb.booking.jooq.Tables.SERVICE_ORDER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.marketplace.Page;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;

/**
 * A customer's orders from marketplace chefs as one history: each parent Order with what it bought (servings of a
 * meal event, or a service), newest first. Service orders still in the cart (drafts) have no Order yet and are not
 * in it.
 */
@Service
public class OrderHistory {

    private final DSLContext db;

    OrderHistory(DSLContext db) {
        this.db = db;
    }

    /** @param statuses the parent Orders' statuses to keep, or null for all */
    @Transactional(readOnly = true)
    public Page<Summary> of(UUID customerUserId, @Nullable List<String> statuses, int page, int pageSize) {
        Condition where = CUSTOMER_ORDER.CUSTOMER_USER_ID.eq(customerUserId);
        if (statuses != null) {
            where = where.and(CUSTOMER_ORDER.STATUS.in(statuses));
        }
        List<Summary> found = select().where(where)
                .orderBy(CUSTOMER_ORDER.CREATED_AT.desc(), CUSTOMER_ORDER.ID.desc())
                .offset(Page.offset(page, pageSize)).limit(pageSize).fetch(OrderHistory::summary);
        long count = db.selectCount().from(CUSTOMER_ORDER).where(where).fetchSingle(0, Long.class);
        return new Page<>(found, count, page, pageSize);
    }

    /** @throws Refusal.NotFound for another customer's order */
    @Transactional(readOnly = true)
    public Summary one(UUID customerUserId, long orderId) {
        return Optional.ofNullable(select().where(CUSTOMER_ORDER.ID.eq(orderId),
                        CUSTOMER_ORDER.CUSTOMER_USER_ID.eq(customerUserId)).fetchOne())
                .map(OrderHistory::summary).orElseThrow(() -> Refusal.notFound("Order not found"));
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return db.select(CUSTOMER_ORDER.fields())
                .select(MEAL_ORDER.ID, MEAL_ORDER.QUANTITY, MEAL.NAME, MEAL_EVENT.EVENT_DATE, MEAL_EVENT.ID)
                .select(SERVICE_ORDER.ID, SERVICE_ORDER.HOUSEHOLD_SIZE, SERVICE_ORDER.SERVICE_DATE, OFFERING_COPY.TITLE,
                        OFFERING_TIER_COPY.DISPLAY_LABEL)
                .select(MARKETPLACE_CHEF.USERNAME, MARKETPLACE_CHEF.DISPLAY_NAME, MARKETPLACE_CHEF.CHEF_ID)
                .from(CUSTOMER_ORDER)
                .join(MARKETPLACE_CHEF).on(MARKETPLACE_CHEF.USER_ID.eq(CUSTOMER_ORDER.CHEF_USER_ID))
                .leftJoin(MEAL_ORDER).on(MEAL_ORDER.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                .leftJoin(MEAL_EVENT).on(MEAL_EVENT.ID.eq(MEAL_ORDER.MEAL_EVENT_ID))
                .leftJoin(MEAL).on(MEAL.ID.eq(MEAL_EVENT.MEAL_ID))
                // a service order points at the Order it is paid through now; an earlier one it left stays cancelled
                .leftJoin(SERVICE_ORDER).on(SERVICE_ORDER.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                .leftJoin(OFFERING_COPY).on(OFFERING_COPY.ID.eq(SERVICE_ORDER.OFFERING_ID))
                .leftJoin(OFFERING_TIER_COPY).on(OFFERING_TIER_COPY.ID.eq(SERVICE_ORDER.TIER_ID));
    }

    private static Summary summary(Record row) {
        String chef = row.get(MARKETPLACE_CHEF.DISPLAY_NAME) != null && !row.get(MARKETPLACE_CHEF.DISPLAY_NAME).isBlank()
                ? row.get(MARKETPLACE_CHEF.DISPLAY_NAME) : row.get(MARKETPLACE_CHEF.USERNAME);
        Item item;
        if (row.get(MEAL_ORDER.ID) != null) {
            int servings = row.get(MEAL_ORDER.QUANTITY);
            item = new Item(row.get(MEAL.NAME) + " – " + servings + (servings == 1 ? " serving" : " servings"),
                    row.get(MEAL_EVENT.EVENT_DATE), null, chef, row.get(MARKETPLACE_CHEF.CHEF_ID),
                    row.get(MEAL_ORDER.ID), row.get(MEAL_EVENT.ID));
        } else if (row.get(SERVICE_ORDER.ID) != null) {
            String tier = row.get(OFFERING_TIER_COPY.DISPLAY_LABEL);
            int household = row.get(SERVICE_ORDER.HOUSEHOLD_SIZE);
            item = new Item(row.get(OFFERING_COPY.TITLE) + " – " + (tier == null || tier.isBlank()
                    ? household + (household == 1 ? " person" : " people") : tier), null,
                    row.get(SERVICE_ORDER.SERVICE_DATE), chef, row.get(MARKETPLACE_CHEF.CHEF_ID),
                    row.get(SERVICE_ORDER.ID), null);
        } else {
            // an Order a service left when it changed before payment: it names nothing any more
            item = new Item("Replaced before payment", null, null, chef, row.get(MARKETPLACE_CHEF.CHEF_ID), 0, null);
        }
        return new Summary(row.get(CUSTOMER_ORDER.ID), row.get(CUSTOMER_ORDER.CREATED_AT),
                Money.ofMinor(row.get(CUSTOMER_ORDER.TOTAL_MINOR), row.get(CUSTOMER_ORDER.CURRENCY).strip()),
                row.get(CUSTOMER_ORDER.PAID_AT) != null, row.get(CUSTOMER_ORDER.STATUS),
                row.get(CUSTOMER_ORDER.ORDER_TYPE), List.of(item));
    }

    /**
     * One Order.
     *
     * @param type {@code chef_meal} or {@code service}
     * @param status {@code placed}, {@code paid}, {@code cancelled}, {@code refunded} or {@code completed}
     */
    public record Summary(long id, Instant createdAt, Money total, boolean paid, String status, String type,
            List<Item> items) {
    }

    /** What an Order bought: a meal order (with its event's date) or a service order (with its date). */
    public record Item(String label, @Nullable LocalDate eventDate, @Nullable LocalDate serviceDate, String chef,
            long chefId, long itemId, @Nullable Long mealEventId) {
    }
}
