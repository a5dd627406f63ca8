package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/** With the real limit (5 sign-in attempts per 15 minutes per client), a flood is answered 429 as the storefront reads it. */
// no Stripe or SendGrid here: WithoutStripeTests shares this service
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chefweb.rate-limits.login.limit=5", "chefweb.rate-limits.admin-login.limit=5"})
class LoginFloodTests {

    @LocalServerPort
    int port;

    @Test
    void theSixthAttemptWithinFifteenMinutesIsRefusedWithRetryAdvice() {
        HttpApi attacker = new HttpApi(port).with("X-Forwarded-For", "203.0.113.7");
        String guess = "{\"email\":\"admin@chefweb.test\",\"password\":\"guess-%d\"}";

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.post("/api/auth/login", guess.formatted(attempt)).status()).isEqualTo(401);
        }
        Response refused = attacker.post("/api/auth/login", guess.formatted(6));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(150L, 180L);
        assertThat(refused.json().get("retryAfter").asInt()).isEqualTo(3);
        assertThat(refused.json().get("message").asString()).contains("Too many sign-in attempts");
        assertThat(refused.json().get("error").asString()).isEqualTo("Too many requests");

        HttpApi someoneElse = new HttpApi(port).with("X-Forwarded-For", "198.51.100.20");
        assertThat(someoneElse.post("/api/auth/login", guess.formatted(7)).status())
                .as("another client is not affected").isEqualTo(401);
    }

    @Test
    void theAdminConsoleLoginHasItsOwnLimit() {
        HttpApi attacker = new HttpApi(port).with("X-Forwarded-For", "203.0.113.99");

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(attacker.post("/api/admin/login", "{}").status()).isEqualTo(400);
        }
        Response refused = attacker.post("/api/admin/login", "{}");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("retryAfter").asInt()).isEqualTo(3);
    }
}
