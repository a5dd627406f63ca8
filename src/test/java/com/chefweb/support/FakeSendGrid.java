package com.chefweb.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.context.DynamicPropertyRegistry;

/** SendGrid's v3 mail API faked with WireMock, so the real sendgrid-java client sends its real requests. */
public final class FakeSendGrid {

    public static final String ADMIN = "owner@chefweb.test";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final WireMockServer SERVER = start();

    private FakeSendGrid() {
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** Points the service at the fake (over plain http, which the SDK allows for a local host), with a test key. */
    public static void register(DynamicPropertyRegistry properties) {
        properties.add("chefweb.notify.sendgrid-api-base", SERVER::baseUrl);
        properties.add("chefweb.notify.sendgrid-api-key", () -> "SG.test-key");
        properties.add("chefweb.notify.from-email", () -> "bookings@chefweb.test");
        properties.add("chefweb.notify.from-name", () -> "Bay Hibachi");
        properties.add("chefweb.notify.admin-emails", () -> ADMIN);
    }

    /** Accepts every email with 202 and a message id, as SendGrid does. */
    public static void reset() {
        SERVER.resetAll();
        SERVER.stubFor(post(urlPathEqualTo("/v3/mail/send")).willReturn(aResponse().withStatus(202)
                .withHeader("X-Message-Id", "msg_{{randomValue length=12 type='ALPHANUMERIC'}}")
                .withTransformers("response-template")));
    }

    /** The mail/send bodies SendGrid received for this recipient, oldest first. */
    public static List<JsonNode> mailsTo(String recipient) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo("/v3/mail/send"))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(mail -> mail.path("personalizations").path(0).path("to").path(0).path("email").asString("")
                        .equalsIgnoreCase(recipient))
                .toList();
    }

    /** The plain-text body of a mail/send request. */
    public static String text(JsonNode mail) {
        for (JsonNode content : mail.path("content")) {
            if (content.path("type").asString("").equals("text/plain")) {
                return content.path("value").asString("");
            }
        }
        return "";
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
