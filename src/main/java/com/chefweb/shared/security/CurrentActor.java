package com.chefweb.shared.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the current request, for modules that check ownership or record who changed what. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** When the credentials the current request was signed in with expire (an access token's {@code exp}). */
    public static Optional<java.time.Instant> credentialsExpireAt() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getCredentials()
                instanceof org.springframework.security.oauth2.core.AbstractOAuth2Token token
                ? Optional.ofNullable(token.getExpiresAt()) : Optional.empty();
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor
                ? Optional.of(actor) : Optional.empty();
    }
}
