package com.chefweb.booking.services;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.web.Provided;

/**
 * What a customer sent to order or change a service, as the app writes it: a field not sent is null.
 *
 * @param serviceDate {@code YYYY-MM-DD} in the chef's time zone
 * @param serviceStartTime {@code HH:MM}
 * @param savedAddress the customer chose their saved address (the app's {@code address_id})
 */
public record ServiceOrderForm(@Nullable Provided<Long> offeringId, @Nullable Provided<Long> tierId,
        @Nullable Provided<Integer> householdSize, @Nullable Provided<String> serviceDate,
        @Nullable Provided<String> serviceStartTime, @Nullable Provided<Integer> durationMinutes,
        @Nullable Provided<String> address, @Nullable Provided<String> specialRequests,
        @Nullable Provided<String> scheduleNotes, @Nullable Provided<String> deliveryMethod,
        boolean savedAddress) {
}
