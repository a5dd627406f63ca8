package com.chefweb.booking.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.chefweb.booking.domain.Booking;
import com.chefweb.booking.domain.BookingStatus;
import com.chefweb.booking.domain.Permissions;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.Quote;

/**
 * A booking in the shape the storefront's pages read: the original backend's snake_case columns, money as decimal
 * major units. {@code completed} shows as {@code fulfilled}, the word the pages use. Allergies are flagged high
 * priority in every row.
 */
final class BookingRows {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private BookingRows() {
    }

    static Map<String, Object> row(Booking booking) {
        Booking.Event event = booking.event();
        Booking.Party party = booking.party();
        Booking.Pricing pricing = booking.pricing();
        Booking.Lifecycle lifecycle = booking.lifecycle();
        Quote quote = pricing.quote();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", booking.id());
        row.put("confirmation_number", booking.confirmationNumber());
        row.put("status", storefrontStatus(lifecycle.status()));
        row.put("payment_status", lifecycle.paymentStatus());
        row.put("event_date", event.date().toString());
        row.put("event_time", event.time().format(TIME));
        row.put("time_zone", event.zone().getId());
        row.put("event_starts_at", event.startsAt());
        row.put("city", event.city());
        row.put("service_state", event.serviceState());
        row.put("zip_code", event.zipCode());
        row.put("venue_type", event.venueType());
        row.put("venue_address", venueAddress(event));
        row.put("setup_requirements", event.setupRequirements());
        row.put("party_type", event.partyType());
        row.put("package", party.packageId());
        row.put("num_adults", party.adults());
        row.put("num_children", party.children());
        row.put("addons", party.addOns());
        row.put("base_amount", sum(quote, Quote.Kind.PACKAGE));
        row.put("addons_total", sum(quote, Quote.Kind.ADD_ON));
        row.put("minimum_spend_adjustment", quote.minimumSpendAdjustment().toMajor());
        row.put("subtotal", quote.foodAndAddOns().plus(quote.minimumSpendAdjustment()).toMajor());
        row.put("travel_fee", quote.travelFee().toMajor());
        row.put("travel_fee_status", pricing.travelFeeStatus());
        row.put("tax", quote.tax().toMajor());
        row.put("total", pricing.total().toMajor());
        row.put("currency", pricing.total().currency().getCurrencyCode());
        row.put("deposit_amount", pricing.deposit().toMajor());
        row.put("balance_due", pricing.total().minus(pricing.paid()).max(Money.zero(pricing.total().currency())).toMajor());
        row.put("balance_due_at", pricing.balanceDueAt());
        row.put("amount_paid", pricing.paid().toMajor());
        row.put("refund_amount", pricing.refundDue() == null ? null : pricing.refundDue().toMajor());
        row.put("dietary_notes", party.dietaryRestrictions());
        row.put("has_allergies", party.hasAllergies());
        row.put("allergies", party.allergies());
        row.put("allergy_alert", booking.hasAllergyAlert());
        row.put("priority", booking.hasAllergyAlert() ? "high" : "normal");
        row.put("special_requests", party.specialRequests());
        row.put("contact_name", booking.contact().name());
        row.put("contact_email", booking.contact().email());
        row.put("contact_phone", booking.contact().phone());
        row.put("payment_option", lifecycle.paymentOption());
        row.put("price_book_version", pricing.priceBookVersion());
        row.put("policy_version", booking.policy().version());
        row.put("cancelled_at", lifecycle.cancelledAt());
        row.put("cancellation_reason", lifecycle.cancellationReason());
        row.put("created_at", lifecycle.createdAt());
        row.put("updated_at", lifecycle.updatedAt());
        return row;
    }

    static Map<String, Object> permissions(Permissions permissions) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("canModify", permissions.canModify());
        view.put("canCancel", permissions.canCancel());
        view.put("daysUntilEvent", permissions.daysUntilEvent());
        view.put("refundPercentage", permissions.refundPercentage());
        view.put("modifyDeadline", permissions.modifyDeadline());
        view.put("cancelDeadline", permissions.cancelDeadline());
        return view;
    }

    /** The same row with camelCase keys, for the {@code /api} dialect of the PRD's admin endpoints. */
    static Map<String, Object> camelCase(Map<String, Object> row) {
        Map<String, Object> camel = new LinkedHashMap<>();
        row.forEach((key, value) -> camel.put(toCamel(key), value));
        return camel;
    }

    static String storefrontStatus(BookingStatus status) {
        return status == BookingStatus.COMPLETED ? "fulfilled" : status.code();
    }

    static BookingStatus statusFromStorefront(String status) {
        return "fulfilled".equals(status) ? BookingStatus.COMPLETED : BookingStatus.fromCode(status);
    }

    private static String venueAddress(Booking.Event event) {
        if (event.address() == null) {
            return null;
        }
        return event.addressLine2() == null ? event.address() : event.address() + ", " + event.addressLine2();
    }

    private static BigDecimal sum(Quote quote, Quote.Kind kind) {
        return quote.lines().stream().filter(line -> line.kind() == kind).map(line -> line.amount().toMajor())
                .reduce(BigDecimal.ZERO.setScale(quote.total().toMajor().scale()), BigDecimal::add);
    }

    private static String toCamel(String snake) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
