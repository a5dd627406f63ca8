package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace account as it now is, announced when it is opened, when its email is confirmed and whenever it
 * switches role. Modules that show a customer to a chef (an order's customer) or remind a chef to confirm their
 * email keep their copy from this; a later one replaces an earlier one.
 *
 * @param publicId the integer id marketplace payloads carry
 * @param emailConfirmed the owner of the address followed the confirmation link
 */
public record MarketplaceProfileSaved(UUID userId, long publicId, String username, String email,
        boolean emailConfirmed, Instant savedAt) {
}
