package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person asked for a copy of everything held about them (California's right to know). Every module that holds
 * personal data answers with its part as a {@link PersonalDataAnswered}; identity assembles the copy from the answers.
 *
 * @param userId the person's account, when they have one
 * @param email their email address, lower case: storefront bookings and contact messages are found by it
 */
public record PersonalDataExportRequested(UUID requestId, @Nullable UUID userId, String email, Instant requestedAt) {
}
