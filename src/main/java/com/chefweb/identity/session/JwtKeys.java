package com.chefweb.identity.session;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The HMAC keys tokens are signed and checked with. New tokens use the signing key; keys of earlier rotations are
 * still accepted, so rotating a key signs nobody out.
 */
@Component
class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    private static final int MIN_SECRET_BYTES = 32;

    private final OctetSequenceKey signingKey;
    private final List<OctetSequenceKey> allKeys;

    JwtKeys(SecurityProperties properties) {
        byte[] secret;
        if (properties.signingSecret().isEmpty()) {
            secret = new byte[MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(secret);
            log.warn("CHEFWEB_JWT_SECRET is not set: signing tokens with a random key, so sign-ins end when the "
                    + "service restarts and several instances cannot share them. Generate one with: openssl rand -base64 32");
        } else {
            secret = decode("CHEFWEB_JWT_SECRET", properties.signingSecret());
        }
        this.signingKey = key(properties.signingKeyId(), secret);
        List<OctetSequenceKey> keys = new ArrayList<>(List.of(signingKey));
        for (String previous : properties.previousKeys()) {
            int colon = previous.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("CHEFWEB_JWT_PREVIOUS_KEYS entries must be kid:base64secret");
            }
            keys.add(key(previous.substring(0, colon).strip(), decode("a previous key", previous.substring(colon + 1))));
        }
        this.allKeys = List.copyOf(keys);
    }

    OctetSequenceKey signingKey() {
        return signingKey;
    }

    List<OctetSequenceKey> allKeys() {
        return allKeys;
    }

    private static OctetSequenceKey key(String id, byte[] secret) {
        return new OctetSequenceKey.Builder(secret).keyID(id).algorithm(JWSAlgorithm.HS256).keyUse(KeyUse.SIGNATURE)
                .build();
    }

    private static byte[] decode(String name, String base64) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64", e);
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(name + " must be at least " + MIN_SECRET_BYTES + " random bytes");
        }
        return secret;
    }
}
