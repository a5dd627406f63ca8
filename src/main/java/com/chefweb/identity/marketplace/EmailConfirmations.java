package com.chefweb.identity.marketplace;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.EmailConfirmationRequested;
import com.chefweb.shared.crypto.MessageSigner;
import com.chefweb.shared.refusal.Refusal;

/**
 * Confirms that a marketplace account's owner reads its email: a signed link is emailed at sign-up (and again on
 * request), and following it confirms the address. The link names the address it was sent to, so it stops working if
 * the address changes; nothing secret is stored.
 */
@Service
public class EmailConfirmations {

    private final ProfileRepository profiles;
    private final MessageSigner signer;
    private final String appUrl;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailConfirmations(ProfileRepository profiles,
            @Value("${chefweb.marketplace.email-link-secret:}") @Nullable String secret,
            @Value("${chefweb.marketplace.app-url:http://localhost:5174}") String appUrl,
            ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.signer = MessageSigner.fromSecret(secret, "CHEFWEB_EMAIL_LINK_SECRET", "email confirmation links");
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        this.events = events;
        this.clock = clock;
    }

    /** Emails the link (through the notifications module), unless the address is already confirmed. */
    @Transactional
    public boolean request(UUID userId, String email) {
        MarketplaceProfile profile = profiles.find(userId).orElseThrow(() -> Refusal.notFound("User not found"));
        if (profile.emailConfirmed()) {
            return false;
        }
        String token = signer.sign(message(userId, email));
        String url = appUrl + "/account?action=activate&uid=" + profile.publicId() + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        events.publishEvent(new EmailConfirmationRequested(userId, email, profile.username(), url, clock.instant()));
        return true;
    }

    /**
     * Confirms the address of the account a link was made for.
     *
     * @throws Refusal.Invalid for a link this service did not make, or made for another address
     */
    @Transactional
    public Map<String, Object> confirm(@Nullable String uid, @Nullable String token) {
        long publicId;
        try {
            publicId = Long.parseLong(uid == null ? "" : uid.strip());
        } catch (NumberFormatException e) {
            throw invalidLink();
        }
        Map.Entry<UUID, String> account = profiles.accountOfPublicId(publicId).orElseThrow(EmailConfirmations::invalidLink);
        if (!signer.verify(message(account.getKey(), account.getValue()), token == null ? null : token.strip())) {
            throw invalidLink();
        }
        boolean now = profiles.confirmEmail(account.getKey(), clock.instant());
        return Map.of("status", "success", "message", now ? "Your email address is confirmed. You can sign in now."
                : "Your email address was already confirmed.");
    }

    private static String message(UUID userId, String email) {
        return "email-confirmation:" + userId + ":" + email;
    }

    private static Refusal invalidLink() {
        return Refusal.invalid("token", "This confirmation link is not valid; ask for a new one")
                .with("message", "This confirmation link is not valid; ask for a new one");
    }
}
