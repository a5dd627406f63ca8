package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone signed up on the storefront with an address that has no account: notifications email the link that opens
 * the account, so only the address's owner can.
 *
 * @param finishUrl the page that opens the account; it works once, until {@code expiresAt}
 */
public record SignUpConfirmationRequested(UUID signUpId, String email, String name, String finishUrl,
        Instant expiresAt, Instant requestedAt) {
}
