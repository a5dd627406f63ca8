package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.booking.domain.Booking;
import com.chefweb.booking.domain.BookingStatus;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

/**
 * A booking in the shape the storefront's pages and the admin console read: the original backend's snake_case
 * columns, money as decimal major units. {@code completed} shows as {@code fulfilled}, the word the pages use.
 * Allergies are flagged high priority in every row. {@link BookingView} is the same booking in the PRD's camelCase.
 *
 * @param status {@code pending_payment}, {@code confirmed}, {@code fulfilled} or {@code cancelled}
 * @param eventTime at the venue, {@code HH:mm:ss}
 * @param venueAddress the address and its second line
 * @param balanceDue what is still to pay
 * @param refundAmount what a cancellation owes back, once cancelled
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record BookingRow(
        UUID id, String confirmationNumber, String status, String paymentStatus, String eventDate, String eventTime,
        String timeZone, Instant eventStartsAt, String city, String serviceState, @Nullable String zipCode,
        @Nullable String venueType, @Nullable String venueAddress, List<String> setupRequirements,
        @Nullable String partyType, @JsonProperty("package") String packageId, int numAdults, int numChildren,
        List<AddOnChoice> addons, BigDecimal baseAmount, BigDecimal addonsTotal, BigDecimal minimumSpendAdjustment,
        BigDecimal subtotal, BigDecimal travelFee, String travelFeeStatus, BigDecimal tax, BigDecimal total,
        String currency, BigDecimal depositAmount, BigDecimal balanceDue, @Nullable Instant balanceDueAt,
        BigDecimal amountPaid, @Nullable BigDecimal refundAmount, @Nullable String dietaryNotes,
        boolean hasAllergies, @Nullable String allergies, boolean allergyAlert, String priority,
        @Nullable String specialRequests, String contactName, String contactEmail, String contactPhone,
        String paymentOption, long priceBookVersion, String policyVersion, @Nullable Instant cancelledAt,
        @Nullable String cancellationReason, Instant createdAt, Instant updatedAt) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    static BookingRow of(Booking booking) {
        Booking.Event event = booking.event();
        Booking.Party party = booking.party();
        Booking.Pricing pricing = booking.pricing();
        Booking.Lifecycle lifecycle = booking.lifecycle();
        Quote quote = pricing.quote();
        return new BookingRow(booking.id(),
                booking.confirmationNumber(),
                storefrontStatus(lifecycle.status()),
                lifecycle.paymentStatus().code(),
                event.date().toString(),
                event.time().format(TIME),
                event.zone().getId(),
                event.startsAt(),
                event.city(),
                event.serviceState(),
                event.zipCode(),
                event.venueType(),
                venueAddress(event),
                event.setupRequirements(),
                event.partyType(),
                party.packageId(),
                party.adults(),
                party.children(),
                party.addOns(),
                sum(quote, Quote.Kind.PACKAGE),
                sum(quote, Quote.Kind.ADD_ON),
                quote.minimumSpendAdjustment().toMajor(),
                quote.foodAndAddOns().plus(quote.minimumSpendAdjustment()).toMajor(),
                quote.travelFee().toMajor(),
                pricing.travelFeeStatus(),
                quote.tax().toMajor(),
                pricing.total().toMajor(),
                pricing.total().currency().getCurrencyCode(),
                pricing.deposit().toMajor(),
                pricing.total().minus(pricing.paid()).max(Money.zero(pricing.total().currency())).toMajor(),
                pricing.balanceDueAt(),
                pricing.paid().toMajor(),
                pricing.refundDue() == null ? null : pricing.refundDue().toMajor(),
                party.dietaryRestrictions(),
                party.hasAllergies(),
                party.allergies(),
                booking.hasAllergyAlert(),
                booking.hasAllergyAlert() ? "high" : "normal",
                party.specialRequests(),
                booking.contact().name(),
                booking.contact().email(),
                booking.contact().phone(),
                lifecycle.paymentOption(),
                pricing.priceBookVersion(),
                booking.policy().version(),
                lifecycle.cancelledAt(),
                lifecycle.cancellationReason(),
                lifecycle.createdAt(),
                lifecycle.updatedAt());
    }

    static String storefrontStatus(BookingStatus status) {
        return status == BookingStatus.COMPLETED ? "fulfilled" : status.code();
    }

    static BookingStatus statusFromStorefront(String status) {
        return "fulfilled".equals(status) ? BookingStatus.COMPLETED : BookingStatus.fromCode(status);
    }

    private static @Nullable String venueAddress(Booking.Event event) {
        if (event.address() == null) {
            return null;
        }
        return event.addressLine2() == null ? event.address() : event.address() + ", " + event.addressLine2();
    }

    private static BigDecimal sum(Quote quote, Quote.Kind kind) {
        return quote.lines().stream().filter(line -> line.kind() == kind).map(line -> line.amount().toMajor())
                .reduce(BigDecimal.ZERO.setScale(quote.total().toMajor().scale()), BigDecimal::add);
    }
}
