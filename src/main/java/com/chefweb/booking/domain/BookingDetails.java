package com.chefweb.booking.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A booking as a customer submitted it, before any checks: the storefront's field names and the PRD's both map here.
 * Totals a client computed are not part of it; the server prices every booking itself.
 */
public record BookingDetails(@Nullable String serviceState, @Nullable String city, @Nullable String zipCode,
        @Nullable String eventDate, @Nullable String eventTime, @Nullable Integer adults, @Nullable Integer children,
        @Nullable String partyType, @Nullable String packageId, List<AddOnRequest> addOns, @Nullable String address,
        @Nullable String addressLine2, @Nullable String venueType, List<String> setupRequirements,
        @Nullable String specialRequests, @Nullable String dietaryRestrictions, @Nullable Boolean hasAllergies,
        @Nullable String allergies, @Nullable String contactName, @Nullable String contactEmail,
        @Nullable String contactPhone, @Nullable Boolean agreeToTerms, @Nullable Boolean marketingConsent,
        @Nullable String paymentOption) {

    public BookingDetails {
        addOns = addOns == null ? List.of() : List.copyOf(addOns);
        setupRequirements = setupRequirements == null ? List.of() : List.copyOf(setupRequirements);
    }

    public record AddOnRequest(@Nullable String id, @Nullable Integer quantity) {
    }
}
