package com.chefweb.identity.web;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.SignUps;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.session.Sessions;
import com.chefweb.identity.session.SignIn;
import com.chefweb.identity.web.AuthMessages.Done;
import com.chefweb.identity.web.AuthMessages.LoginRequest;
import com.chefweb.identity.web.AuthMessages.LogoutRequest;
import com.chefweb.identity.web.AuthMessages.RefreshRequest;
import com.chefweb.identity.web.AuthMessages.RegisterRequest;
import com.chefweb.identity.web.AuthMessages.SignUpConfirmation;
import com.chefweb.identity.web.AuthMessages.SignUpStarted;
import com.chefweb.identity.web.AuthMessages.Tokens;
import com.chefweb.identity.web.AuthMessages.User;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sign-in", description = "Accounts, access tokens and rotating refresh tokens")
class AuthController {

    private final Accounts accounts;
    private final SignUps signUps;
    private final Sessions sessions;
    private final Clock clock;

    AuthController(Accounts accounts, SignUps signUps, Sessions sessions, Clock clock) {
        this.accounts = accounts;
        this.signUps = signUps;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping("/login")
    @Access(Level.PUBLIC)
    @RateLimited("login")
    @Operation(summary = "Sign in with email and password: a short-lived access token and a one-time refresh token")
    Tokens login(@Valid @RequestBody LoginRequest request) {
        UserAccount account = accounts.authenticate(request.email(), request.password())
                .orElseThrow(() -> ApiProblem.unauthorized("Invalid email or password"));
        return Tokens.of(sessions.start(account), account, clock.instant());
    }

    /**
     * The same answer whether or not the address has an account, so sign-up tells nobody who has one: the email
     * says what happened (a link that opens the account, or a note to the owner that they have one).
     */
    @PostMapping("/register")
    @Access(Level.PUBLIC)
    @RateLimited("register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sign up as a customer: we email a link that opens the account (POST it to "
            + "/api/auth/register/confirm); the answer is the same if the address has an account already")
    SignUpStarted register(@Valid @RequestBody RegisterRequest request) {
        signUps.request(request.email(), request.name(), request.password());
        return SignUpStarted.INSTANCE;
    }

    @PostMapping("/register/confirm")
    @Access(Level.PUBLIC)
    @RateLimited("register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open the account with the token from the sign-up email and the password chosen at sign-up, "
            + "and sign in")
    Tokens confirm(@Valid @RequestBody SignUpConfirmation confirmation) {
        UserAccount account = signUps.finish(confirmation.token(), confirmation.password());
        return Tokens.of(sessions.start(account), account, clock.instant());
    }

    @PostMapping("/refresh")
    @Access(Level.PUBLIC)
    @RateLimited("refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; a refresh token works once, and a reused one ends the session")
    Tokens refresh(@Valid @RequestBody RefreshRequest request) {
        SignIn signIn = sessions.refresh(request.refreshToken())
                .orElseThrow(() -> ApiProblem.unauthorized("Invalid or expired refresh token; sign in again"));
        UserAccount account = signIn.actor().userId().flatMap(accounts::find).orElse(null);
        return Tokens.of(signIn, account, clock.instant());
    }

    @PostMapping("/logout")
    @Access(Level.PUBLIC)
    @Operation(summary = "Sign out: ends the session of the refresh token and of the bearer token, if given")
    Done logout(@Valid @RequestBody(required = false) LogoutRequest request) {
        if (request != null && request.refreshToken() != null) {
            sessions.endByRefreshToken(request.refreshToken());
        }
        CurrentActor.get().map(Actor::sessionId).ifPresent(sessions::end);
        return new Done(true);
    }

    @GetMapping("/me")
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The signed-in account")
    User me() {
        Actor actor = CurrentActor.get().orElseThrow();
        UUID userId = actor.userId().orElseThrow(() -> ApiProblem.notFound("API keys have no account"));
        return accounts.find(userId).map(User::of).orElseThrow(() -> ApiProblem.notFound("User not found"));
    }
}
