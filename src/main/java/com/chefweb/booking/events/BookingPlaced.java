package com.chefweb.booking.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;
import com.chefweb.shared.money.Money;

/**
 * A customer booked a party. Carries what payment needs to collect (amounts due, currency), what notifications need
 * to write (contact, event time at the venue), and the allergy flag that must reach the crew.
 *
 * @param eventStart when the event starts
 * @param timeZone the venue's zone, for showing the start in local time
 * @param paymentOption what the customer chose to pay now (not a payment)
 * @param allergies what to avoid, when the party has allergies
 * @param smsConsent the customer agreed to texts about this booking at {@code contactPhone}
 * @param idempotencyKey the key the booking was placed with, so a checkout can find the booking it started
 */
public record BookingPlaced(UUID bookingId, String confirmationNumber, String contactName, String contactEmail,
        String contactPhone, Instant eventStart, String timeZone, String packageId, int guests, Money total,
        Money depositDue, @Nullable Instant balanceDueAt, PaymentOption paymentOption, boolean allergyAlert,
        @Nullable String allergies, boolean smsConsent, @Nullable String idempotencyKey) implements ClientFactReported {

    /** A party booked with the storefront: the house's lead for the contact is booked. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(ClientFact.HOUSE, null, contactName, contactEmail, contactPhone, "booking",
                "booking-placed:" + bookingId, "booking:" + bookingId, "booked",
                "Booked a party for " + guests + " (" + confirmationNumber + ")",
                Map.of("confirmation_number", confirmationNumber, "guests", Integer.toString(guests),
                        "event_start", eventStart.toString(), "total", total.toMajor().toPlainString(),
                        "currency", total.currency().getCurrencyCode()), null);
    }
}
