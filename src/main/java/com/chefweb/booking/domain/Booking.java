package com.chefweb.booking.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingCompleted;
import com.chefweb.booking.events.BookingConfirmed;
import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

/**
 * A party booked with the house business: the aggregate. Its intent methods (modify, cancel, settle, move to a
 * status) are the only ways its state changes; each returns the booking as it is afterwards with the events the
 * change announces, which the service stores and publishes in one transaction.
 */
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

    /** @param smsConsent the customer agreed to texts about this booking */
    public record Contact(String name, String email, String phone, boolean marketingConsent, boolean smsConsent) {
    }

    /** The price as quoted, what has been paid, and what is owed back. */
    public record Pricing(Quote quote, long priceBookVersion, String travelFeeStatus, Money total, Money deposit,
            @Nullable Instant balanceDueAt, Money paid, @Nullable Money refundDue) {

        Pricing withPaid(Money newPaid, @Nullable Money newRefundDue) {
            return new Pricing(quote, priceBookVersion, travelFeeStatus, total, deposit, balanceDueAt, newPaid,
                    newRefundDue);
        }
    }

    public record Lifecycle(BookingStatus status, BookingPaymentStatus paymentStatus, String paymentOption,
            @Nullable Instant cancelledAt, @Nullable String cancellationReason, @Nullable Integer refundPercentage,
            Instant createdAt, Instant updatedAt) {

        Lifecycle touched(Instant now) {
            return new Lifecycle(status, paymentStatus, paymentOption, cancelledAt, cancellationReason,
                    refundPercentage, createdAt, now);
        }
    }

    /** An allergy is called out to the crew in every payload and marked in admin lists. */
    public boolean hasAllergyAlert() {
        return party.hasAllergies();
    }

    /** What a newly placed booking announces; the key lets a checkout find the booking it asked for. */
    BookingPlaced placed(@Nullable String idempotencyKey) {
        return new BookingPlaced(id, confirmationNumber, contact.name(), contact.email(), contact.phone(),
                event.startsAt(), event.zone().getId(), party.packageId(), party.guests(), pricing.total(),
                pricing.deposit(), pricing.balanceDueAt(),
                PaymentOption.fromCode(lifecycle.paymentOption()).orElseThrow(), hasAllergyAlert(), party.allergies(),
                contact.smsConsent(), idempotencyKey);
    }

    /**
     * Moves the party to another date, time or size, repriced: what was paid stays, and payment hears the new
     * amounts due.
     */
    Changed modify(Event newEvent, Party newParty, int newCrew, Quote quote, Instant now) {
        Booking changed = new Booking(id, confirmationNumber, customerId, newCrew, policy, newEvent, newParty, contact,
                new Pricing(quote, pricing.priceBookVersion(), pricing.travelFeeStatus(), quote.total(),
                        quote.depositDue(), quote.balanceDueAt(), pricing.paid(), pricing.refundDue()),
                lifecycle.touched(now));
        return new Changed(changed, new BookingModified(id, confirmationNumber, newEvent.startsAt(),
                newEvent.zone().getId(), newParty.guests(), quote.total(), quote.depositDue(), quote.balanceDueAt(), now));
    }

    /** Cancels, owing back this share of what was paid (rounded to the cent); payment refunds it. */
    Changed cancel(String reason, int refundPercent, Instant now) {
        Money paid = pricing.paid();
        Money refund = new Money(BigDecimal.valueOf(paid.minorUnits()).multiply(BigDecimal.valueOf(refundPercent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact(), paid.currency());
        Booking cancelled = new Booking(id, confirmationNumber, customerId, crew, policy, event, party, contact,
                pricing.withPaid(paid, refund),
                new Lifecycle(BookingStatus.CANCELLED, refund.signum() > 0 ? BookingPaymentStatus.PENDING_REFUND : lifecycle.paymentStatus(),
                        lifecycle.paymentOption(), now, reason, refundPercent, lifecycle.createdAt(), now));
        return new Changed(cancelled, new BookingCancelled(id, confirmationNumber, reason, refund, refundPercent,
                contact.email()));
    }

    /**
     * What payment reported: the money kept and the payment status it makes. The first money received confirms a
     * booking that was waiting for it.
     */
    Changed settle(Money paid, BookingPaymentStatus paymentStatus, Instant now) {
        boolean confirms = lifecycle.status() == BookingStatus.PENDING_PAYMENT && paid.signum() > 0;
        Booking settled = new Booking(id, confirmationNumber, customerId, crew, policy, event, party, contact,
                pricing.withPaid(paid, pricing.refundDue()),
                new Lifecycle(confirms ? BookingStatus.CONFIRMED : lifecycle.status(), paymentStatus,
                        lifecycle.paymentOption(), lifecycle.cancelledAt(), lifecycle.cancellationReason(),
                        lifecycle.refundPercentage(), lifecycle.createdAt(), now));
        return confirms ? new Changed(settled, new BookingConfirmed(id, confirmationNumber)) : new Changed(settled);
    }

    /** Staff confirm (paid in cash, say) or the event took place; cancelling goes through {@link #cancel}. */
    Changed moveTo(BookingStatus next, Instant now) {
        if (next == BookingStatus.CANCELLED) {
            throw new IllegalArgumentException("A cancellation owes a refund: use cancel");
        }
        Booking moved = new Booking(id, confirmationNumber, customerId, crew, policy, event, party, contact, pricing,
                new Lifecycle(next, lifecycle.paymentStatus(), lifecycle.paymentOption(), lifecycle.cancelledAt(),
                        lifecycle.cancellationReason(), lifecycle.refundPercentage(), lifecycle.createdAt(), now));
        return switch (next) {
            case CONFIRMED -> new Changed(moved, new BookingConfirmed(id, confirmationNumber));
            case COMPLETED -> new Changed(moved, new BookingCompleted(id, confirmationNumber));
            default -> new Changed(moved);
        };
    }

    /** The booking after an intent, and the events the change announces (none when only booking cares). */
    record Changed(Booking booking, List<Object> events) {

        Changed(Booking booking, Object... events) {
            this(booking, List.of(events));
        }
    }
}
