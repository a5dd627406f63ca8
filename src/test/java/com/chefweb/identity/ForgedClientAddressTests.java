package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.HttpApi;

/**
 * X-Forwarded-For is believed only from a trusted proxy. Here the tests' own address is not trusted, so a client
 * sending a new made-up address with every attempt is still one client to the rate limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chefweb.rate-limits.login.limit=5", "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.1"})
class ForgedClientAddressTests {

    @LocalServerPort
    int port;

    @Test
    void aForgedForwardedAddressDoesNotEscapeTheLimit() {
        HttpApi api = new HttpApi(port);
        String guess = "{\"email\":\"admin@chefweb.test\",\"password\":\"guess-%d\"}";

        for (int attempt = 1; attempt <= 5; attempt++) {
            int status = api.with("X-Forwarded-For", "203.0.113." + attempt).post("/api/auth/login",
                    guess.formatted(attempt)).status();
            assertThat(status).isEqualTo(401);
        }

        assertThat(api.with("X-Forwarded-For", "203.0.113.99").post("/api/auth/login", guess.formatted(6)).status())
                .isEqualTo(429);
    }
}
