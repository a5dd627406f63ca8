package com.chefweb.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.chefweb.ChefWebApplication;
import com.chefweb.booking.StorefrontBookings;
import com.chefweb.support.HttpApi;

/**
 * The embedded database's server process is killed under a running service, as a crash or the out-of-memory killer
 * would: requests are refused at once with a 503 problem, readiness goes down, the server is started again on its
 * data, and everything confirmed before the crash is still there.
 */
class DatabaseOutageTests {

    /** The pool would hold a request this long for a connection; a refusal must come well before. */
    private static final Duration POOL_TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @Test
    void aKilledDatabaseIsAFast503AndReadinessDownUntilItIsStartedAgainWithNothingLost() throws Exception {
        Path data = folder.resolve("postgres");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(ChefWebApplication.class).run(
                "--server.port=0",
                "--chefweb.embedded-postgres.data-directory=" + data,
                // long enough for the outage to be seen from outside before the server is started again
                "--chefweb.database.restart-delay=5s")) {
            HttpApi api = new HttpApi(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
            var party = StorefrontBookings.party(Clock.systemUTC(), 45);
            HttpApi.Response placed = api.post("/api/bookings", StorefrontBookings.json(party));
            assertThat(placed.status()).isEqualTo(201);
            String confirmation = placed.json().get("confirmationNumber").asString();
            String lookup = "/api/bookings/lookup?confirmation=" + confirmation + "&email=" + party.get("contactEmail");
            assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
            assertThat(ProcessHandle.of(postmaster).orElseThrow().destroyForcibly()).isTrue();

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> api.get("/actuator/health/readiness").status() == 503);
            long asked = System.nanoTime();
            HttpApi.Response refused = api.post("/api/bookings",
                    StorefrontBookings.json(StorefrontBookings.party(Clock.systemUTC(), 46)));
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.json().get("error").asString()).contains("try again");
            assertThat(answeredIn).as("refused at once, not after the pool's wait").isLessThan(POOL_TIMEOUT.dividedBy(4));
            assertThat(api.get(lookup).status()).isEqualTo(503);
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> api.get("/actuator/health/readiness").status() == 200);
            HttpApi.Response found = api.get(lookup);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("booking").get("confirmation_number").asString()).isEqualTo(confirmation);
            assertThat(api.post("/api/bookings", StorefrontBookings.json(StorefrontBookings.party(Clock.systemUTC(), 47)))
                    .status()).as("bookings are taken again").isEqualTo(201);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
            assertThat(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip()))
                    .as("a new server process").isNotEqualTo(postmaster);
        }
    }
}
