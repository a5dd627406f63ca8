package com.chefweb.identity.marketplace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.events.PasswordResetRequested;
import com.chefweb.identity.session.Sessions;
import com.chefweb.shared.crypto.MessageSigner;
import com.chefweb.shared.refusal.Refusal;

/**
 * Lets the owner of a marketplace account choose a new password through a signed link emailed to them. The link
 * names the account and the password it replaces, so it works once (the new password changes what it names) and for
 * an hour; nothing secret is stored. Asking for a link answers the same whether or not the address has an account.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
    static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final Accounts accounts;
    private final ProfileRepository profiles;
    private final Sessions sessions;
    private final MessageSigner signer;
    private final String serviceUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(Accounts accounts, ProfileRepository profiles, Sessions sessions,
            @Value("${chefweb.marketplace.email-link-secret:}") @Nullable String secret,
            @Value("${chefweb.marketplace.service-url:http://localhost:4000}") String serviceUrl,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.sessions = sessions;
        this.signer = MessageSigner.fromSecret(secret, "CHEFWEB_EMAIL_LINK_SECRET", "password reset links");
        this.serviceUrl = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
        this.events = events;
        this.clock = clock;
    }

    /** Emails a link when the address belongs to a marketplace account; says nothing either way. */
    @Transactional
    public void request(@Nullable String email) {
        Optional<Map.Entry<UserAccount, String>> found = email == null ? Optional.empty()
                : accounts.withPasswordFingerprint(email.strip());
        Optional<MarketplaceProfile> profile = found.flatMap(entry -> profiles.find(entry.getKey().id()));
        if (profile.isEmpty()) {
            log.info("Password reset asked for an address with no marketplace account; nothing sent");
            return;
        }
        UserAccount account = found.get().getKey();
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_LIFETIME);
        String token = expires.getEpochSecond() + "." + signer.sign(message(account.id(), found.get().getValue(),
                expires.getEpochSecond()));
        // this service's own page: the app shows its reset form only to someone signed in
        String url = serviceUrl + "/auth/reset-password?uid=" + profile.get().publicId() + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        events.publishEvent(new PasswordResetRequested(account.id(), account.email(), profile.get().username(), url,
                expires, now));
    }

    /**
     * Sets the new password of the account a link was made for, and ends its sessions.
     *
     * @throws Refusal.Invalid for a link that is not ours, is used or expired, or a password the policy refuses
     */
    @Transactional
    public void reset(@Nullable String uid, @Nullable String token, @Nullable String password,
            @Nullable String confirmation) {
        if (password == null || password.isEmpty()) {
            throw Refusal.invalid("new_password", "Choose a new password");
        }
        if (!password.equals(confirmation)) {
            throw Refusal.invalid("confirm_password", "New password and confirmation do not match.");
        }
        long publicId;
        long expiresAt;
        String signature;
        try {
            publicId = Long.parseLong(uid == null ? "" : uid.strip());
            String[] parts = (token == null ? "" : token.strip()).split("\\.", 2);
            expiresAt = Long.parseLong(parts[0]);
            signature = parts.length == 2 ? parts[1] : "";
        } catch (NumberFormatException malformed) {
            throw invalidLink();
        }
        Map.Entry<UUID, String> account = profiles.accountOfPublicId(publicId).orElseThrow(PasswordResets::invalidLink);
        String fingerprint = accounts.lockedPasswordFingerprint(account.getKey())
                .orElseThrow(PasswordResets::invalidLink);
        if (clock.instant().getEpochSecond() >= expiresAt
                || !signer.verify(message(account.getKey(), fingerprint, expiresAt), signature)) {
            throw invalidLink();
        }
        accounts.setPassword(account.getKey(), password);
        int ended = sessions.endAllOf(account.getKey(), "password reset");
        log.info("Password of account {} reset by its emailed link; {} sessions ended", account.getKey(), ended);
    }

    private static String message(UUID userId, String passwordFingerprint, long expiresAt) {
        return "password-reset|" + userId + "|" + passwordFingerprint + "|" + expiresAt;
    }

    private static Refusal invalidLink() {
        return Refusal.invalid("token", "This reset link is not valid any more. Ask for a new one.");
    }
}
