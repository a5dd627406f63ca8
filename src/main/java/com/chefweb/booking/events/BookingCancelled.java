package com.chefweb.booking.events;

import java.util.Map;
import java.util.UUID;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;
import com.chefweb.shared.money.Money;

/**
 * A booking was cancelled. Payment refunds {@code refundDue} of what was paid (zero when nothing is due).
 *
 * @param refundPercent the share of what was paid that the policy refunds
 */
public record BookingCancelled(UUID bookingId, String confirmationNumber, String reason, Money refundDue,
        int refundPercent, String contactEmail) implements ClientFactReported {

    /** Noted on the house's lead for the contact; the stage stays where it was. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(ClientFact.HOUSE, null, null, contactEmail, null, "cancellation",
                "booking-cancelled:" + bookingId, "booking:" + bookingId, null,
                "Cancelled the party " + confirmationNumber + (reason.isBlank() ? "" : ": " + reason),
                Map.of("confirmation_number", confirmationNumber, "refund_percent", Integer.toString(refundPercent)),
                null);
    }
}
