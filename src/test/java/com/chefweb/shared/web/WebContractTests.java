package com.chefweb.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/**
 * What every client relies on whatever the endpoint: one problem format with an {@code error} member, cross-origin
 * access for the storefront, and the operations endpoints.
 */
class WebContractTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void anUnknownRouteIsAProblemNotAnHtmlPage() {
        Response response = api.get("/api/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("error").asString()).isEqualTo("Not found");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(response.json().get("instance").asString()).isEqualTo("/api/no-such-thing");
    }

    @Test
    void unreadableJsonIsAProblem() {
        Response response = api.asAdmin().patch("/api/packages", "{\"packages\": [");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("error").asString()).contains("not valid JSON");
    }

    @Test
    void aWrongMethodIsAProblem() {
        Response response = api.send("DELETE", "/api/packages", null, Map.of());

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().get("error").asString()).isNotBlank();
    }

    @Test
    void aWrongContentTypeIsAProblem() {
        Response response = api.asAdmin().send("PATCH", "/api/packages", "packages", Map.of("Content-Type", "text/plain"));

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("error").asString()).isNotBlank();
    }

    @Test
    void theLocalStorefrontMayCallCrossOriginAndItsPreflightGets200() {
        Response preflight = api.send("OPTIONS", "/api/packages", null, Map.of(
                "Origin", "http://127.0.0.1:8080",
                "Access-Control-Request-Method", "PATCH",
                "Access-Control-Request-Headers", "content-type,authorization"));

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://127.0.0.1:8080");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("authorization", "content-type");

        Response get = api.send("GET", "/api/packages", null, Map.of("Origin", "http://localhost:8080"));
        assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
    }

    @Test
    void anOriginNotConfiguredIsRefused() {
        Response preflight = api.send("OPTIONS", "/api/packages", null, Map.of(
                "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "GET"));

        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theStorefrontsLegacyHealthCheckAnswers() {
        Response response = api.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("ok").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(response.json().get("timestamp").asString())).isNotNull();
    }

    @Test
    void healthMetricsAndApiDocsAreServed() {
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/prometheus").status()).as("metrics are for admins").isEqualTo(401);
        Response prometheus = api.asAdmin().send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        assertThat(prometheus.status()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes", "http_server_requests");
        assertThat(api.get("/v3/api-docs").json().get("paths").has("/api/packages")).isTrue();
        assertThat(api.send("GET", "/swagger-ui/index.html", null, Map.of("Accept", "text/html")).status())
                .isEqualTo(200);
    }
}
