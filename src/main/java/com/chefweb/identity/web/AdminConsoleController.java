package com.chefweb.identity.web;

import java.time.Duration;
import java.util.Map;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.apikey.ApiKey;
import com.chefweb.identity.apikey.ApiKeys;
import com.chefweb.identity.session.Sessions;
import com.chefweb.identity.session.SignIn;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * The storefront's admin console signs in with an API key and then sends the token it gets as
 * {@code Authorization: Bearer}; these answer exactly what its pages read.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Admin console", description = "API-key sign-in for the storefront's admin console")
class AdminConsoleController {

    /** A wrong key is answered slowly, as the original console backend did, to slow down guessing. */
    private static final Duration WRONG_KEY_DELAY = Duration.ofSeconds(1);

    private final ApiKeys apiKeys;
    private final Sessions sessions;

    AdminConsoleController(ApiKeys apiKeys, Sessions sessions) {
        this.apiKeys = apiKeys;
        this.sessions = sessions;
    }

    @PostMapping("/login")
    @Access(Level.PUBLIC)
    @RateLimited("admin-login")
    @Operation(summary = "Sign in with an API key: {apiKey} gives {success, token, expiresAt}")
    ConsoleSignIn login(@RequestBody(required = false) @Nullable Map<String, Object> body)
            throws InterruptedException {
        Object apiKey = body == null ? null : body.get("apiKey");
        if (!(apiKey instanceof String secret) || secret.isBlank()) {
            throw ApiProblem.badRequest("API key required").with("code", "MISSING_API_KEY");
        }
        ApiKey key = apiKeys.authenticate(secret).orElse(null);
        if (key == null) {
            Thread.sleep(WRONG_KEY_DELAY);
            throw ApiProblem.unauthorized("Invalid API key").with("code", "INVALID_CREDENTIALS");
        }
        SignIn signIn = sessions.start(key);
        return new ConsoleSignIn(true, signIn.accessToken().value(), signIn.accessToken().expiresAt());
    }

    @GetMapping("/verify")
    @Access(Level.STAFF)
    @Operation(summary = "200 while the console's token is valid")
    Verified verify() {
        Actor actor = CurrentActor.get().orElseThrow();
        return new Verified(true, actor.role());
    }

    @PostMapping("/logout")
    @Access(Level.STAFF)
    @Operation(summary = "End the console's session: its token stops working at once")
    SignedOut logout() {
        CurrentActor.get().map(Actor::sessionId).ifPresent(sessions::end);
        return new SignedOut(true);
    }

    /** @param token the bearer token the console sends from now on, until {@code expiresAt} */
    record ConsoleSignIn(boolean success, String token, Instant expiresAt) {
    }

    record Verified(boolean valid, String role) {
    }

    record SignedOut(boolean success) {
    }
}
