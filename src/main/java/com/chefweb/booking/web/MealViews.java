package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.marketplace.Page;
import com.chefweb.booking.meals.Meal;
import com.chefweb.booking.meals.MealEvent;
import com.chefweb.booking.meals.MealOrders.Ordered;

/**
 * Meals, meal events and meal orders as the sautai app reads them (sautai-spa-contract.md §2.5.5), snake_case.
 * Prices are decimals in major units, as the app shows them; times are the chef's, in the event's time zone.
 */
final class MealViews {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private MealViews() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MealView(long id, String name, String description, String mealType, List<String> dietaryPreferences,
            List<String> allergens, @Nullable String imageUrl, Instant createdAt, Instant updatedAt) {

        static MealView of(Meal meal) {
            return new MealView(meal.id(), meal.name(), meal.description(), meal.mealType(), meal.dietaryTags(),
                    meal.allergens(), meal.imageUrl(), meal.createdAt(), meal.updatedAt());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ChefSummary(long id, String username, String displayName) {

        static ChefSummary of(MarketplaceChef chef) {
            return new ChefSummary(chef.chefId(), chef.username(), chef.name());
        }
    }

    /**
     * A meal event.
     *
     * @param orderCutoffTime ISO date-time with the chef's offset
     * @param eventDatetime the start, likewise
     * @param isAvailable open, before the cutoff, with servings left
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EventView(long id, ChefSummary chef, long chefId, String chefName, MealView meal, long mealId,
            String mealName, String eventDate, String eventTime, OffsetDateTime eventDatetime,
            OffsetDateTime orderCutoffTime, String timeZone, int maxOrders, int minOrders, int ordersCount,
            int remainingOrders, BigDecimal basePrice, BigDecimal currentPrice, BigDecimal minPrice, String currency,
            String status, boolean isAvailable, String description, String specialInstructions,
            @Nullable String cancellationReason, Instant createdAt, Instant updatedAt) {

        static EventView of(MealEvent event, MarketplaceChef chef, Instant now) {
            return new EventView(event.id(), ChefSummary.of(chef), chef.chefId(), chef.name(),
                    MealView.of(event.meal()), event.meal().id(), event.meal().name(), event.eventDate().toString(),
                    HOURS_MINUTES.format(event.eventTime()),
                    event.startsAt().atZone(event.timeZone()).toOffsetDateTime(),
                    event.orderCutoffAt().atZone(event.timeZone()).toOffsetDateTime(), event.timeZone().getId(),
                    event.maxOrders(), event.minOrders(), event.ordersCount(), event.remaining(),
                    event.basePrice().toMajor(), event.basePrice().toMajor(), event.minPrice().toMajor(),
                    event.basePrice().currency().getCurrencyCode(), event.status(), event.takesOrders(now),
                    event.description(), event.specialInstructions(), event.cancellationReason(), event.createdAt(),
                    event.updatedAt());
        }
    }

    /** The event of an order, as the app's order lists read it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EventDetails(long id, String mealName, String eventDate, String eventTime, OffsetDateTime eventDatetime,
            OffsetDateTime orderCutoffTime, String status, @Nullable String chefName, @Nullable String chefUsername) {

        static EventDetails of(MealEvent event, @Nullable MarketplaceChef chef) {
            return new EventDetails(event.id(), event.meal().name(), event.eventDate().toString(),
                    HOURS_MINUTES.format(event.eventTime()),
                    event.startsAt().atZone(event.timeZone()).toOffsetDateTime(),
                    event.orderCutoffAt().atZone(event.timeZone()).toOffsetDateTime(), event.status(),
                    chef == null ? null : chef.name(), chef == null ? null : chef.username());
        }
    }

    /**
     * A meal order.
     *
     * @param order the parent Order's id, which the app's payment calls carry
     * @param status {@code placed}, {@code confirmed} (paid), {@code cancelled}, {@code refunded} or {@code completed}
     * @param paymentStatus {@code unpaid}, {@code paid} or {@code refunded}
     * @param totalPrice what the order costs, in major units
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record MealOrderView(long id, long order, long orderId, long mealEvent, EventDetails mealEventDetails,
            String mealName, String eventDate, String eventTime, @Nullable Long customer,
            @Nullable String customerUsername, @Nullable String customerEmail, int quantity, BigDecimal unitPrice,
            BigDecimal totalPrice, BigDecimal pricePaid, String currency, String status, String paymentStatus,
            boolean isPaid, String specialRequests, @Nullable String cancellationReason, Instant createdAt,
            Instant updatedAt) {

        /** @param showCustomer the chef's view names who ordered; a customer's own view needs no such thing */
        static MealOrderView of(Ordered ordered, @Nullable MarketplaceChef chef, @Nullable MarketplaceCustomer customer,
                boolean showCustomer) {
            var order = ordered.order();
            var event = ordered.event();
            String paymentStatus = switch (ordered.parent().status()) {
                case "refunded" -> "refunded";
                default -> ordered.parent().paidAt() != null ? "paid" : "unpaid";
            };
            return new MealOrderView(order.id(), order.orderId(), order.orderId(), event.id(),
                    EventDetails.of(event, chef), event.meal().name(), event.eventDate().toString(),
                    HOURS_MINUTES.format(event.eventTime()),
                    customer == null ? null : customer.publicId(),
                    showCustomer && customer != null ? customer.username() : null,
                    showCustomer && customer != null ? customer.email() : null, order.quantity(),
                    order.unitPrice().toMajor(), order.pricePaid().toMajor(), order.pricePaid().toMajor(),
                    order.pricePaid().currency().getCurrencyCode(), appStatus(order.status()), paymentStatus,
                    ordered.parent().paidAt() != null, order.specialRequests(), order.cancellationReason(),
                    order.createdAt(), order.updatedAt());
        }
    }

    /** The app's words for a meal order's status: a paid one is {@code confirmed} (payment_status says paid). */
    static String appStatus(String status) {
        return status.equals("paid") ? "confirmed" : status;
    }

    /** DRF's page: {@code count, next, previous, results}, with the app's {@code total_pages}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PageView<T>(long count, @Nullable Integer next, @Nullable Integer previous, int page, int pageSize,
            int totalPages, List<T> results) {

        static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.count(), page.hasNext() ? page.page() + 1 : null,
                    page.page() > 1 ? page.page() - 1 : null, page.page(), page.pageSize(), page.totalPages(),
                    page.items());
        }
    }

    /** The wrapper {@code /meals/api/chef-meal-events/} answers with. */
    record Wrapped<T>(String status, String message, T details) {

        static <T> Wrapped<T> success(String message, T details) {
            return new Wrapped<>("success", message, details);
        }
    }
}
