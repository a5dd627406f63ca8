package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone signed up with an address that already has an account. The sign-up answered as it does for a new address
 * (so it tells nobody which addresses have accounts); notifications tell the owner instead, at most once an hour.
 */
public record SignUpTriedForExistingAccount(UUID userId, String email, String name, Instant triedAt) {
}
