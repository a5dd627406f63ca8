package com.chefweb.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The per-booking access token returned at creation: proof, without an account, that the holder made the booking.
 * It is an HMAC of the booking id, so nothing secret is stored and a replayed creation returns the same token.
 */
@Component
class BookingAccessTokens {

    private static final Logger log = LoggerFactory.getLogger(BookingAccessTokens.class);

    private final SecretKeySpec key;

    BookingAccessTokens(BookingSettings settings) {
        byte[] secret;
        if (settings.accessTokenSecret().isEmpty()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("CHEFWEB_BOOKING_TOKEN_SECRET is not set: booking access tokens stop working when the service "
                    + "restarts. Generate one with: openssl rand -base64 32");
        } else {
            secret = Base64.getDecoder().decode(settings.accessTokenSecret());
            if (secret.length < 32) {
                throw new IllegalStateException("CHEFWEB_BOOKING_TOKEN_SECRET must be at least 32 random bytes");
            }
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String tokenFor(UUID bookingId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(bookingId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    boolean matches(UUID bookingId, String token) {
        return token != null && MessageDigest.isEqual(tokenFor(bookingId).getBytes(StandardCharsets.UTF_8),
                token.strip().getBytes(StandardCharsets.UTF_8));
    }
}
