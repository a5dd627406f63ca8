package com.chefweb.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HMAC-SHA256 signatures over short texts (a booking id, a payment link), so a link or token proves itself without
 * anything secret being stored. One signer per purpose, each with its own key.
 */
public final class MessageSigner {

    private static final Logger log = LoggerFactory.getLogger(MessageSigner.class);

    private final SecretKeySpec key;

    private MessageSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /**
     * @param base64Secret at least 32 random bytes, base64; blank gives a random key for this run only (development)
     * @param variable the environment variable that sets it, named in the warning and the error
     * @throws IllegalStateException when the secret is shorter than 32 bytes, so a weak key stops the start
     */
    public static MessageSigner fromSecret(@Nullable String base64Secret, String variable, String whatBreaks) {
        if (base64Secret == null || base64Secret.isBlank()) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            log.warn("{} is not set: {} stop working when the service restarts. Generate one with: "
                    + "openssl rand -base64 32", variable, whatBreaks);
            return new MessageSigner(secret);
        }
        byte[] secret = Base64.getDecoder().decode(base64Secret.strip());
        if (secret.length < 32) {
            throw new IllegalStateException(variable + " must be at least 32 random bytes (openssl rand -base64 32)");
        }
        return new MessageSigner(secret);
    }

    /** The signature, URL-safe base64 without padding (43 characters). */
    public String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Compares in constant time, so the answer's timing tells nothing about the right signature. */
    public boolean verify(String message, @Nullable String signature) {
        return signature != null && MessageDigest.isEqual(sign(message).getBytes(StandardCharsets.UTF_8),
                signature.strip().getBytes(StandardCharsets.UTF_8));
    }
}
