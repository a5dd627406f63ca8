package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.TestAccounts;

/**
 * Only tokens this service signed, with its key and algorithm, unexpired and of a live session, are accepted.
 * Forged tokens are made here with the test configuration's key, as an attacker who learned the claims would.
 */
class AccessTokenTests extends FakeStripeAndSendGrid {

    /** The signing secret of src/test/resources/config/application.yml. */
    private static final byte[] TEST_KEY = Base64.getDecoder()
            .decode("dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Qtb25seQ==");

    @LocalServerPort
    int port;

    HttpApi api;
    JsonNode admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        admin = api.post("/api/auth/login", "{\"email\":\"" + TestAccounts.ADMIN_EMAIL + "\",\"password\":\""
                + TestAccounts.ADMIN_PASSWORD + "\"}").json();
    }

    @Test
    void theIssuedTokenWorks() throws Exception {
        assertThat(status(admin.get("accessToken").asString())).isEqualTo(200);
        SignedJWT parsed = SignedJWT.parse(admin.get("accessToken").asString());
        assertThat(parsed.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(parsed.getHeader().getKeyID()).isEqualTo("k1");
        assertThat(parsed.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("admin");
        assertThat(parsed.getJWTClaimsSet().getStringClaim("user_id")).isEqualTo(parsed.getJWTClaimsSet().getSubject());
    }

    @Test
    void aTokenWeSignedOurselvesWithTheRightClaimsIsAccepted() throws Exception {
        // the control for the forgeries below: same construction, nothing wrong with it
        assertThat(status(sign(JWSAlgorithm.HS256, "k1", claims(Instant.now().plusSeconds(300)), TEST_KEY)))
                .isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String expired = sign(JWSAlgorithm.HS256, "k1", claims(Instant.now().minusSeconds(120)), TEST_KEY);

        assertThat(status(expired)).isEqualTo(401);
        assertThat(api.as(expired).get("/api/auth/me").json().get("error").asString()).contains("invalid or expired");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String[] parts = admin.get("accessToken").asString().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"admin\"", "\"staff\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(status(tampered)).isEqualTo(401);
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims(Instant.now().plusSeconds(300)).toString().getBytes(StandardCharsets.UTF_8));

        assertThat(status(header + "." + payload + ".")).isEqualTo(401);
    }

    @Test
    void anotherAlgorithmOrKeyIsRefused() throws Exception {
        byte[] longKey = new byte[64];
        System.arraycopy(TEST_KEY, 0, longKey, 0, TEST_KEY.length);
        String otherAlgorithm = sign(JWSAlgorithm.HS512, "k1", claims(Instant.now().plusSeconds(300)), longKey);
        String otherKey = sign(JWSAlgorithm.HS256, "k1", claims(Instant.now().plusSeconds(300)),
                "another-secret-that-is-32-bytes-long!".getBytes(StandardCharsets.UTF_8));

        assertThat(status(otherAlgorithm)).isEqualTo(401);
        assertThat(status(otherKey)).isEqualTo(401);
    }

    @Test
    void aTokenWithoutASessionIsRefused() throws Exception {
        JWTClaimsSet noSession = new JWTClaimsSet.Builder(claims(Instant.now().plusSeconds(300)))
                .claim("sid", null).build();

        assertThat(status(sign(JWSAlgorithm.HS256, "k1", noSession, TEST_KEY))).isEqualTo(401);
    }

    private int status(String token) {
        return api.as(token).get("/api/auth/me").status();
    }

    /** The admin's real claims with another expiry. */
    private JWTClaimsSet claims(Instant expiresAt) throws Exception {
        JWTClaimsSet real = SignedJWT.parse(admin.get("accessToken").asString()).getJWTClaimsSet();
        return new JWTClaimsSet.Builder(real)
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .notBeforeTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of("admin"))
                .build();
    }

    private static String sign(JWSAlgorithm algorithm, String keyId, JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }
}
