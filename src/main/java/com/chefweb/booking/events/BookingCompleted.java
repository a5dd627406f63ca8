package com.chefweb.booking.events;

import java.util.Map;
import java.util.UUID;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;

/** The event took place. */
public record BookingCompleted(UUID bookingId, String confirmationNumber) implements ClientFactReported {

    /** The house's client had their party: time to follow up. */
    @Override
    public ClientFact clientFact() {
        return new ClientFact(ClientFact.HOUSE, null, null, null, null, "completion", "booking-completed:" + bookingId,
                "booking:" + bookingId, "follow_up", "The party " + confirmationNumber + " took place",
                Map.of("confirmation_number", confirmationNumber), null);
    }
}
