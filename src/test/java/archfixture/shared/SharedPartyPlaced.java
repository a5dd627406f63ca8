package archfixture.shared;

/** Bad: a business event in the shared kernel, where no module owns it and Modulith cannot see its edges. */
public record SharedPartyPlaced(String partyId) {
}
