package com.chefweb.booking.calendar;

import static com.chefweb.booking.jooq.Tables.MEAL;
import static com.chefweb.booking.jooq.Tables.MEAL_EVENT;
import static com.chefweb.booking.jooq.Tables.OFFERING_COPY;
import static com.chefweb.booking.jooq.Tables.OFFERING_TIER_COPY;
import static com.chefweb.booking.jooq.Tables.SERVICE_ORDER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.shared.refusal.Refusal;

/**
 * A chef's calendar: their meal events and the service orders that hold their time, merged, by the local date and
 * time where the chef works (each entry in the zone it was planned in, the chef's).
 */
@Service
public class ChefCalendar {

    /** A calendar view spans at most about three months, so one request never reads a chef's whole history. */
    public static final long MAX_DAYS = 93;

    private final DSLContext db;

    ChefCalendar(DSLContext db) {
        this.db = db;
    }

    /**
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @throws Refusal.Invalid for a range backwards or longer than {@value #MAX_DAYS} days
     */
    @Transactional(readOnly = true)
    public List<Entry> between(MarketplaceChef chef, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw Refusal.invalid("date_to", "The range ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw Refusal.invalid("date_to", "Ask for at most " + MAX_DAYS + " days at a time");
        }
        List<Entry> entries = new ArrayList<>();
        db.select(MEAL_EVENT.ID, MEAL.NAME, MEAL_EVENT.EVENT_DATE, MEAL_EVENT.EVENT_TIME, MEAL_EVENT.ORDERS_COUNT,
                        MEAL_EVENT.MAX_ORDERS, MEAL_EVENT.STATUS)
                .from(MEAL_EVENT).join(MEAL).on(MEAL.ID.eq(MEAL_EVENT.MEAL_ID))
                .where(MEAL_EVENT.CHEF_USER_ID.eq(chef.userId()), MEAL_EVENT.EVENT_DATE.between(from, to))
                .fetch(row -> entries.add(new Entry("meal_event", row.value1(), row.value2(), row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7())));
        db.select(SERVICE_ORDER.ID, OFFERING_COPY.TITLE, OFFERING_TIER_COPY.DISPLAY_LABEL,
                        SERVICE_ORDER.HOUSEHOLD_SIZE, SERVICE_ORDER.SERVICE_DATE, SERVICE_ORDER.SERVICE_START_TIME,
                        SERVICE_ORDER.STATUS)
                .from(SERVICE_ORDER).join(OFFERING_COPY).on(OFFERING_COPY.ID.eq(SERVICE_ORDER.OFFERING_ID))
                .join(OFFERING_TIER_COPY).on(OFFERING_TIER_COPY.ID.eq(SERVICE_ORDER.TIER_ID))
                .where(SERVICE_ORDER.CHEF_USER_ID.eq(chef.userId()), SERVICE_ORDER.SERVICE_DATE.between(from, to),
                        SERVICE_ORDER.STATUS.in("awaiting_payment", "confirmed", "completed"))
                .fetch(row -> entries.add(new Entry("service_booking", row.value1(), row.value2() + " – "
                        + household(row.value3(), row.value4()), row.value5(), row.value6(), null, null,
                        row.value7())));
        entries.sort(Comparator.comparing(Entry::date).thenComparing(entry -> entry.time() == null ? LocalTime.MIN
                : entry.time()).thenComparing(Entry::type).thenComparingLong(Entry::id));
        return entries;
    }

    private static String household(String label, int size) {
        return label == null || label.isBlank() ? size + (size == 1 ? " person" : " people") : label;
    }

    /**
     * One entry of the calendar.
     *
     * @param type {@code meal_event} or {@code service_booking}
     * @param ordersCount servings ordered, for a meal event
     */
    public record Entry(String type, long id, String title, LocalDate date, @Nullable LocalTime time,
            @Nullable Integer ordersCount, @Nullable Integer maxOrders, String status) {
    }
}
