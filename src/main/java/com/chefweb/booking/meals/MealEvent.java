package com.chefweb.booking.meals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * One sitting of a chef's meal, served to many customers: the single source of its chef, meal, time, capacity, price
 * and status.
 *
 * @param eventDate the local date where the chef cooks, in {@code timeZone}
 * @param startsAt the same moment as an instant
 * @param orderCutoffAt the last moment an order is taken (and a customer may cancel theirs)
 * @param ordersCount servings held by placed and paid orders
 * @param status {@code draft}, {@code open}, {@code closed}, {@code cancelled} or {@code completed}
 */
public record MealEvent(long id, UUID chefUserId, Meal meal, LocalDate eventDate, LocalTime eventTime,
        ZoneId timeZone, Instant startsAt, Instant orderCutoffAt, int maxOrders, int minOrders, Money basePrice,
        Money minPrice, String status, String description, String specialInstructions, int ordersCount,
        @Nullable String cancellationReason, Instant createdAt, Instant updatedAt) {

    public MealEvent withOrdersCount(int count) {
        return new MealEvent(id, chefUserId, meal, eventDate, eventTime, timeZone, startsAt, orderCutoffAt, maxOrders,
                minOrders, basePrice, minPrice, status, description, specialInstructions, count, cancellationReason,
                createdAt, updatedAt);
    }

    /** Servings still to be had. */
    public int remaining() {
        return Math.max(0, maxOrders - ordersCount);
    }

    /** Open, before its cutoff, with a serving left. */
    public boolean takesOrders(Instant now) {
        return status.equals("open") && now.isBefore(orderCutoffAt) && remaining() > 0;
    }
}
