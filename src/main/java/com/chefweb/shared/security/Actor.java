package com.chefweb.shared.security;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who is making a request: a signed-in user or an API key, with one role.
 *
 * @param id the user's id, or {@code api-key:<id>} for an API key
 * @param role {@code admin}, {@code staff}, {@code chef} or {@code customer}
 * @param sessionId the sign-in session the access token belongs to
 * @param chefId the chef profile a chef account acts for
 */
public record Actor(String id, String role, UUID sessionId, @Nullable UUID chefId) {

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    /** Staff or admin: the people who run the business. */
    public boolean isStaff() {
        return "staff".equals(role) || isAdmin();
    }

    public boolean is(Access.Level level) {
        return switch (level) {
            case PUBLIC, SIGNED_IN -> true;
            case ADMIN -> isAdmin();
            case STAFF -> isStaff();
            default -> role.equals(level.name().toLowerCase(Locale.ROOT));
        };
    }

    /** The user's id, when the actor is a user rather than an API key. */
    public Optional<UUID> userId() {
        return id.startsWith("api-key:") ? Optional.empty() : Optional.of(UUID.fromString(id));
    }
}
