package com.chefweb.booking.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import com.chefweb.booking.domain.BookingDetails;

/**
 * A booking as the storefront's wizard ({@code bookingData}) or a PRD client sends it. Both field names are accepted
 * where they differ ({@code address}/{@code venueAddress}, {@code dietaryRestrictions}/{@code dietaryNotes});
 * client-side totals and prices are ignored.
 */
record BookingRequest(@Nullable String serviceState, @Nullable String city, @Nullable String zipCode,
        @Nullable String eventDate, @Nullable String eventTime, @Nullable Integer numAdults,
        @Nullable Integer numChildren, @Nullable String partyType, @JsonProperty("package") @Nullable String packageId,
        @Nullable List<AddOn> addons, @JsonAlias("venueAddress") @Nullable String address,
        @Nullable String addressLine2, @Nullable String venueType, @Nullable List<String> setupRequirements,
        @Nullable String specialRequests, @JsonAlias("dietaryNotes") @Nullable String dietaryRestrictions,
        @Nullable Boolean hasAllergies, @Nullable String allergies, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String contactPhone, @Nullable Boolean agreeToTerms,
        @Nullable Boolean marketingConsent, @Nullable String paymentOption, @Nullable String idempotencyKey) {

    /** An add-on choice; the storefront also sends name, price and isPerPerson, which the server looks up itself. */
    record AddOn(@Nullable String id, @JsonAlias("qty") @Nullable Integer quantity) {
    }

    BookingDetails toDetails() {
        return new BookingDetails(serviceState, city, zipCode, eventDate, eventTime, numAdults, numChildren, partyType,
                packageId, addons == null ? List.of() : addons.stream()
                        .map(a -> new BookingDetails.AddOnRequest(a.id(), a.quantity())).toList(),
                address, addressLine2, venueType, setupRequirements, specialRequests, dietaryRestrictions,
                hasAllergies, allergies, contactName, contactEmail, contactPhone, agreeToTerms, marketingConsent,
                paymentOption);
    }
}
