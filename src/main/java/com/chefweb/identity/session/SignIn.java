package com.chefweb.identity.session;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.security.Actor;

/**
 * A successful sign-in or refresh.
 *
 * @param refreshToken the token that gets the next access token (one-time, or reusable in the marketplace app's
 *     sessions); null for the admin console, which cannot refresh, and for a reissued access token
 * @param sessionExpiresAt when the session ends however often it is refreshed
 */
public record SignIn(Actor actor, AccessTokens.IssuedToken accessToken, @Nullable String refreshToken,
        Instant sessionExpiresAt) {
}
