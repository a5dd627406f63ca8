package com.chefweb.identity.session;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings.
 *
 * @param issuer the {@code iss} of every token, checked on the way back in
 * @param signingKeyId the {@code kid} of the key new tokens are signed with
 * @param signingSecret base64 of at least 32 random bytes; blank makes a random key per start (development only)
 * @param previousKeys keys of earlier rotations, {@code kid:base64secret}, still accepted until their tokens expire
 * @param accessTokenLifetime how long an access token works
 * @param sessionLifetime the absolute limit of a sign-in, however often its refresh token is rotated
 * @param adminConsoleLifetime how long an API-key sign-in of the admin console lasts (it cannot refresh)
 * @param clockSkew tolerance for clocks that differ between instances
 */
@ConfigurationProperties("chefweb.security.tokens")
public record SecurityProperties(String issuer, String signingKeyId, String signingSecret, List<String> previousKeys,
        Duration accessTokenLifetime, Duration sessionLifetime, Duration adminConsoleLifetime, Duration clockSkew) {

    public SecurityProperties {
        signingSecret = signingSecret == null ? "" : signingSecret.strip();
        previousKeys = previousKeys == null ? List.of() : previousKeys.stream().filter(k -> !k.isBlank()).toList();
    }
}
