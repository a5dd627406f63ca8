package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace account as it now is, announced when it is opened and whenever it switches role. Modules that show
 * a customer to a chef (an order's customer) keep their copy from this; a later one replaces an earlier one.
 *
 * @param publicId the integer id marketplace payloads carry
 */
public record MarketplaceProfileSaved(UUID userId, long publicId, String username, String email, Instant savedAt) {
}
