package com.chefweb.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

/** A party booked with the house business, as stored. */
public record Booking(UUID id, String confirmationNumber, UUID customerId, int crew, BookingPolicy policy,
        Event event, Party party, Contact contact, Pricing pricing, Lifecycle lifecycle) {

    /** When and where: the local date and time at the venue, and the instants they are. */
    public record Event(LocalDate date, LocalTime time, ZoneId zone, Instant startsAt, Instant endsAt,
            String serviceState, String city, @Nullable String zipCode, @Nullable String address,
            @Nullable String addressLine2, @Nullable String venueType, List<String> setupRequirements,
            @Nullable String partyType) {
    }

    /** Who comes and what they eat. */
    public record Party(int adults, int children, String packageId, List<AddOnChoice> addOns,
            @Nullable String dietaryRestrictions, boolean hasAllergies, @Nullable String allergies,
            @Nullable String specialRequests) {

        public int guests() {
            return adults + children;
        }
    }

    public record Contact(String name, String email, String phone, boolean marketingConsent) {
    }

    /** The price as quoted, what has been paid, and what is owed back. */
    public record Pricing(Quote quote, long priceBookVersion, String travelFeeStatus, Money total, Money deposit,
            @Nullable Instant balanceDueAt, Money paid, @Nullable Money refundDue) {
    }

    public record Lifecycle(BookingStatus status, String paymentStatus, String paymentOption,
            @Nullable Instant cancelledAt, @Nullable String cancellationReason, @Nullable Integer refundPercentage,
            Instant createdAt, Instant updatedAt) {
    }

    /** An allergy is called out to the crew in every payload and marked in admin lists. */
    public boolean hasAllergyAlert() {
        return party.hasAllergies();
    }
}
