package com.chefweb.identity.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import com.chefweb.shared.security.Actor;

/**
 * Issues and checks the short-lived access tokens: HS256 only (no {@code none}, no other algorithm), with {@code kid},
 * issuer, expiry and clock skew enforced, carrying {@code sub}, {@code user_id}, {@code roles} and the session id.
 */
@Component
public class AccessTokens {

    static final String ROLES = "roles";
    static final String USER_ID = "user_id";
    static final String SESSION = "sid";
    static final String CHEF_ID = "chef_id";

    private final JwtEncoder encoder;
    private final JwtKeys keys;
    private final SecurityProperties properties;
    private final Clock clock;

    AccessTokens(JwtKeys keys, SecurityProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingKey())));
    }

    /** A signed token for this actor, valid for the given time. */
    public IssuedToken issue(Actor actor, Duration lifetime) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(properties.issuer())
                .subject(actor.id())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString())
                .claim(ROLES, List.of(actor.role()))
                .claim(SESSION, actor.sessionId().toString());
        actor.userId().ifPresent(id -> claims.claim(USER_ID, id.toString()));
        if (actor.chefId() != null) {
            claims.claim(CHEF_ID, actor.chefId().toString());
        }
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).keyId(keys.signingKey().getKeyID()).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * @param value the compact JWT
     * @param expiresAt when it stops working
     */
    public record IssuedToken(String value, Instant expiresAt) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Decoding {

        @Bean
        JwtDecoder jwtDecoder(JwtKeys keys, SecurityProperties properties, Clock clock) {
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256,
                    new ImmutableJWKSet<>(new JWKSet(List.copyOf(keys.allKeys())))));
            // claims are checked below by Spring's validators, with our clock and skew
            processor.setJWTClaimsSetVerifier((claims, context) -> { });
            NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
            JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
            timestamps.setClock(clock);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                    new JwtIssuerValidator(properties.issuer()), requiredClaims()));
            return decoder;
        }

        /** A token without expiry or session is not one of ours, whatever its signature. */
        private static OAuth2TokenValidator<Jwt> requiredClaims() {
            return jwt -> jwt.getExpiresAt() != null && jwt.getClaimAsString(SESSION) != null
                    && jwt.getClaimAsStringList(ROLES) != null
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token lacks required claims", null));
        }
    }
}
