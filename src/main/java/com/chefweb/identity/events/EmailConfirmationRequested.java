package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A marketplace sign-up (or its owner asking again) needs its email address confirmed: the notifications module
 * emails this link. The link proves itself (it is signed); following it confirms the address.
 *
 * @param confirmUrl the marketplace app's page that confirms the address with the link's {@code uid} and
 *     {@code token}
 */
public record EmailConfirmationRequested(UUID userId, String email, String username, String confirmUrl,
        Instant requestedAt) {
}
