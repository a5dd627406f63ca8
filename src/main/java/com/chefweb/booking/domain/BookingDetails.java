package com.chefweb.booking.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.BookingForm;

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
        @Nullable Boolean smsConsent, @Nullable String paymentOption) {

    public BookingDetails {
        // a null inside a list is a choice nobody made: the rules report it as unknown, field by field
        addOns = addOns == null ? List.of() : addOns.stream()
                .map(addOn -> addOn == null ? new AddOnRequest(null, null) : addOn).toList();
        setupRequirements = setupRequirements == null ? List.of() : setupRequirements.stream()
                .map(requirement -> requirement == null ? "" : requirement).toList();
    }

    /** The form as sent, field for field. */
    public static BookingDetails of(BookingForm form) {
        return new BookingDetails(form.serviceState(), form.city(), form.zipCode(), form.eventDate(),
                form.eventTime(), form.numAdults(), form.numChildren(), form.partyType(), form.packageId(),
                form.addons() == null ? List.of() : form.addons().stream()
                        .map(a -> a == null ? null : new AddOnRequest(a.id(), a.quantity())).toList(),
                form.address(), form.addressLine2(), form.venueType(), form.setupRequirements(),
                form.specialRequests(), form.dietaryRestrictions(), form.hasAllergies(), form.allergies(),
                form.contactName(), form.contactEmail(), form.contactPhone(), form.agreeToTerms(),
                form.marketingConsent(), form.smsConsent(), form.paymentOption());
    }

    public record AddOnRequest(@Nullable String id, @Nullable Integer quantity) {
    }
}
