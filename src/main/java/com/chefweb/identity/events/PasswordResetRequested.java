package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The owner of a marketplace account asked to choose a new password: notifications email them the link.
 *
 * @param resetUrl the app's page that sets the new password; it works once, until {@code expiresAt}
 */
public record PasswordResetRequested(UUID userId, String email, String username, String resetUrl,
        Instant expiresAt, Instant requestedAt) {
}
