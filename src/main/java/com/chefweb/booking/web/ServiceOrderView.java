package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.booking.marketplace.MarketplaceCustomer;
import com.chefweb.booking.services.OfferedService;
import com.chefweb.booking.services.ServiceOrder;

/**
 * A service order as the sautai app reads it (sautai-spa-contract.md §2.5.4), snake_case; the customer's name and
 * email only in the chef's view.
 *
 * @param totalValueForChef what the order costs, in major units
 * @param chargedAmountCents the same in minor units
 * @param order the parent Order it is paid through, null while a draft
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ServiceOrderView(long id, @Nullable Long customer, long chef, long chefId, @Nullable String chefUsername,
        @Nullable String chefDisplayName, long offering, long tier, @Nullable String tierLabel, int householdSize,
        @Nullable String serviceDate, @Nullable String serviceStartTime, String timeZone, int durationMinutes,
        String address, String specialRequests, SchedulePreferences schedulePreferences, String status,
        boolean isSubscription, @Nullable String recurrenceInterval, String offeringTitle, String serviceType,
        @Nullable String customerUsername, @Nullable String customerFirstName, @Nullable String customerLastName,
        @Nullable String customerEmail, BigDecimal totalValueForChef, String currency, String deliveryMethod,
        long chargedAmountCents, @Nullable Long order, @Nullable String stripeSessionId,
        @Nullable String stripeSubscriptionId, @Nullable String cancellationReason, Instant createdAt,
        Instant updatedAt) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    record SchedulePreferences(String notes) {
    }

    static ServiceOrderView of(ServiceOrder order, @Nullable OfferedService offering, @Nullable MarketplaceChef chef,
            @Nullable MarketplaceCustomer customer, boolean forChef) {
        String tierLabel = offering == null ? null : offering.tiers().stream().filter(t -> t.id() == order.tierId())
                .map(OfferedService.Tier::displayLabel).findFirst().orElse(null);
        return new ServiceOrderView(order.id(), customer == null ? null : customer.publicId(),
                chef == null ? 0 : chef.chefId(), chef == null ? 0 : chef.chefId(),
                chef == null ? null : chef.username(), chef == null ? null : chef.name(), order.offeringId(),
                order.tierId(), tierLabel, order.householdSize(),
                order.serviceDate() == null ? null : order.serviceDate().toString(),
                order.serviceStartTime() == null ? null : HOURS_MINUTES.format(order.serviceStartTime()),
                order.timeZone().getId(), order.durationMinutes(), order.address(), order.specialRequests(),
                new SchedulePreferences(order.scheduleNotes()), order.status(), order.recurring(),
                order.recurrenceInterval(), offering == null ? "" : offering.title(),
                offering == null ? "" : offering.serviceType(),
                forChef && customer != null ? customer.username() : null, null, null,
                forChef && customer != null ? customer.email() : null, order.amount().toMajor(),
                order.amount().currency().getCurrencyCode(), order.deliveryMethod(), order.amount().minorUnits(),
                order.orderId(), null, null, order.cancellationReason(), order.createdAt(), order.updatedAt());
    }
}
