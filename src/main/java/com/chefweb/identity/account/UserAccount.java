package com.chefweb.identity.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person who signs in.
 *
 * @param chefId the chef profile a chef account acts for
 * @param disabledAt when an admin disabled the account; it can no longer sign in
 */
public record UserAccount(UUID id, String email, String name, Role role, @Nullable UUID chefId, Instant createdAt,
        @Nullable Instant lastLoginAt, @Nullable Instant disabledAt) {

    public boolean isDisabled() {
        return disabledAt != null;
    }
}
