package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person is to be forgotten (California's right to delete). Every module that holds personal data removes it, or,
 * where the law wants a record kept (payments, bookings and their amounts and dates), replaces the person in it by
 * the anonymous id; then it answers with a {@link PersonalDataAnswered} saying what it did. Identity has already
 * closed the account when this is published.
 *
 * @param userId the person's account, when they have one
 * @param email their email address, lower case: storefront bookings and contact messages are found by it
 * @param anonymousId what the person is called from now on, the same in every module
 */
public record PersonalDataErasureRequested(UUID requestId, @Nullable UUID userId, String email, String anonymousId,
        Instant requestedAt) {

    /** Who stands in the person's place in records that must keep a name. */
    public static final String ERASED_NAME = "Erased customer";

    /** An address that can never receive mail (RFC 2606), unique to the person, for columns that require one. */
    public String anonymousEmail() {
        return anonymousId + "@erased.invalid";
    }
}
