package com.chefweb.booking.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.pricing.EventLocation;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

/** A booking request that passed every check, with email and phone normalised. */
record NewBooking(EventLocation location, String city, LocalDate eventDate, LocalTime eventTime, int adults,
        int children, @Nullable String partyType, String packageId, List<AddOnChoice> addOns, @Nullable String address,
        @Nullable String addressLine2, @Nullable String venueType, List<String> setupRequirements,
        @Nullable String specialRequests, @Nullable String dietaryRestrictions, boolean hasAllergies,
        @Nullable String allergies, String contactName, String contactEmail, String contactPhone,
        boolean marketingConsent, boolean smsConsent, String paymentOption) {
}
