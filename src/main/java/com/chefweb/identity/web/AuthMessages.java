package com.chefweb.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.session.SignIn;

/** Request and response bodies of {@code /api/auth}, in the camelCase of the {@code /api} surface. */
final class AuthMessages {

    private AuthMessages() {
    }

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
    }

    /** Sign-up: there is no role or status here, so a request cannot give itself more than a customer account. */
    record RegisterRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 1024) String password) {
    }

    record SignUpConfirmation(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 1024) String password) {
    }

    /** What every sign-up answers, whoever the address belongs to. */
    record SignUpStarted(String status, String message) {

        static final SignUpStarted INSTANCE = new SignUpStarted("check_email",
                "Check your inbox: we sent you an email to finish signing up.");
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record LogoutRequest(@Nullable @Size(max = 200) String refreshToken) {
    }

    record Tokens(String accessToken, String tokenType, long expiresIn, Instant expiresAt, @Nullable String refreshToken,
            Instant sessionExpiresAt, @Nullable User user) {

        static Tokens of(SignIn signIn, @Nullable UserAccount account, Instant now) {
            return new Tokens(signIn.accessToken().value(), "Bearer",
                    Math.max(0, Duration.between(now, signIn.accessToken().expiresAt()).toSeconds()),
                    signIn.accessToken().expiresAt(), signIn.refreshToken(), signIn.sessionExpiresAt(),
                    account == null ? null : User.of(account));
        }
    }

    record User(UUID id, String email, String name, String role, @Nullable UUID chefId, Instant createdAt,
            @Nullable Instant lastLoginAt) {

        static User of(UserAccount account) {
            return new User(account.id(), account.email(), account.name(), account.role().code(), account.chefId(),
                    account.createdAt(), account.lastLoginAt());
        }
    }

    record Done(boolean success) {
    }
}
