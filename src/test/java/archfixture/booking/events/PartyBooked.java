package archfixture.booking.events;

/** A well-placed event, heard badly by the notify fixture. */
public record PartyBooked(String partyId) {
}
