package archfixture.booking.events;

/** Booking's own interface for a payment it hears; the payment fixture's event implements it. */
public interface PaymentHeard {

    String partyId();
}
