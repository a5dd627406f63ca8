package com.chefweb.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/** Headers that keep browsers safe, HSTS when served over HTTPS behind a proxy, and a bound on request bodies. */
class SecurityHeadersTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void responsesCarryBrowserSecurityHeaders() {
        Response response = api.get("/api/packages");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
    }

    @Test
    void httpsBehindAProxyGetsHsts() {
        Response response = api.send("GET", "/api/packages", null, Map.of("X-Forwarded-Proto", "https"));

        assertThat(response.header("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String huge = "{\"packages\":[{\"id\":\"" + "x".repeat(1_100_000) + "\"}]}";

        Response response = api.asAdmin().patch("/api/packages", huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("error").asString()).contains("larger than");
    }

    @Test
    void aMultipartFormOutsideThePictureFormsMustDeclareASmallLength() {
        String form = "--edge\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n" + "x".repeat(2_000_000)
                + "\r\n--edge--\r\n";
        Map<String, String> multipart = Map.of("Content-Type", "multipart/form-data; boundary=edge");

        Response streamed = api.sendStreamed("POST", "/api/contact", form.getBytes(), multipart);
        assertThat(streamed.status()).isEqualTo(411);
        assertThat(streamed.json().get("detail").asString()).contains("Content-Length");

        Response declared = api.send("POST", "/api/contact", form, multipart);
        assertThat(declared.status()).isEqualTo(413);
    }
}
