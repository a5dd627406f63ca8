package com.chefweb.booking.events;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A booking as the storefront's wizard ({@code bookingData}) or a PRD client sends it, before any checks. Both field
 * names are accepted where they differ ({@code address}/{@code venueAddress}, {@code dietaryRestrictions}/
 * {@code dietaryNotes}); client-side totals and prices are not part of it, since the server prices every booking.
 * Booking's own endpoints read it, and so does the storefront checkout that payment receives and hands on.
 *
 * @param smsConsent the customer agreed to texts about this booking (confirmation, reminders); without it none are
 *     sent. The storefront's own form does not ask, so its bookings are emailed only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BookingForm(@Nullable String serviceState, @Nullable String city, @Nullable String zipCode,
        @Nullable String eventDate, @Nullable String eventTime, @Nullable Integer numAdults,
        @Nullable Integer numChildren, @Nullable String partyType, @JsonProperty("package") @Nullable String packageId,
        @Nullable List<AddOn> addons, @JsonAlias("venueAddress") @Nullable String address,
        @Nullable String addressLine2, @Nullable String venueType, @Nullable List<String> setupRequirements,
        @Nullable String specialRequests, @JsonAlias("dietaryNotes") @Nullable String dietaryRestrictions,
        @Nullable Boolean hasAllergies, @Nullable String allergies, @Nullable String contactName,
        @Nullable String contactEmail, @Nullable String contactPhone, @Nullable Boolean agreeToTerms,
        @Nullable Boolean marketingConsent, @Nullable Boolean smsConsent, @Nullable String paymentOption,
        @Nullable String idempotencyKey) {

    /** An add-on choice; the storefront also sends name, price and isPerPerson, which the server looks up itself. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AddOn(@Nullable String id, @JsonAlias("qty") @Nullable Integer quantity) {
    }

    /**
     * The same booking without the way the customer chose to pay or the key it was sent with: what makes two
     * submissions of a checkout the same booking.
     */
    public BookingForm withoutPaymentChoice() {
        return new BookingForm(serviceState, city, zipCode, eventDate, eventTime, numAdults, numChildren, partyType,
                packageId, addons, address, addressLine2, venueType, setupRequirements, specialRequests,
                dietaryRestrictions, hasAllergies, allergies, contactName, contactEmail, contactPhone, agreeToTerms,
                marketingConsent, smsConsent, null, null);
    }
}
