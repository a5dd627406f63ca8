package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace account an admin approved as a chef switched to its chef role. The chefs module (when it exists)
 * opens the chef's empty profile when it has none; hearing this again must change nothing there.
 *
 * @param publicId the integer id marketplace payloads carry
 * @param username the public username, the {@code /c/<username>} slug
 */
public record ChefModeEntered(UUID userId, long publicId, String username, Instant enteredAt) {
}
