package archfixture.payment.events;

import archfixture.booking.events.PaymentHeard;

/** Payment's event, heard by booking through booking's own interface. */
public record PaymentTaken(String partyId) implements PaymentHeard {
}
