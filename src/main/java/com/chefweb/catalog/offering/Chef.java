package com.chefweb.catalog.offering;

import java.util.UUID;

/**
 * A chef as the catalog knows one, from identity's {@code ChefModeEntered}.
 *
 * @param chefId the integer id marketplace payloads carry (the account's public id)
 */
public record Chef(UUID userId, long chefId, String username) {
}
