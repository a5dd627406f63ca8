package com.chefweb.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.booking.StorefrontBookings;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.StripeEvents;

/**
 * The malformed requests an outsider sent and got 500s, HTML pages or silently changed data for: each is now a 4xx
 * problem that names what to fix, with the security headers, and stores nothing.
 */
class MalformedInputTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aNulCharacterOrAHalfCharacterAnywhereIsRefusedByNameAndNothingIsStored() {
        int bookings = rows("booking.booking");
        int inquiries = rows("crm.contact_inquiry");
        Map<String, Object> party = StorefrontBookings.party(Clock.systemUTC(), 30);

        refusedWith(api.post("/api/bookings", json(StorefrontBookings.with(party, "idempotencyKey", "a\u0000b"))),
                "idempotencyKey", "control character");
        refusedWith(api.get("/api/bookings/lookup?confirmation=a%00b&email=a@example.com"), "confirmation",
                "control character");
        for (String field : List.of("name", "reason", "subject", "message")) {
            Map<String, Object> contact = new java.util.LinkedHashMap<>(contact());
            contact.put(field, "hello\u0000there");
            refusedWith(api.post("/api/contact", json(contact)), field, "control character");
        }
        refusedWith(api.post("/api/auth/register", "{\"name\":\"A\\u0000B\",\"email\":\"nul@example.com\","
                + "\"password\":\"a long passphrase here\"}"), "name", "control character");
        refusedWith(api.post("/api/auth/login", "{\"email\":\"a@example.com\",\"password\":\"x\\ud800y\"}"),
                "password", "half of a character");
        refusedWith(api.post("/auth/api/login/", "{\"username\":\"a\\u0000\",\"password\":\"x\"}"), "username",
                "control character");

        assertThat(rows("booking.booking")).isEqualTo(bookings);
        assertThat(rows("crm.contact_inquiry")).isEqualTo(inquiries);
    }

    @Test
    void strictJsonRefusesARepeatedFieldANumberForYesOrNoAWrongTypeAndDeepNesting() {
        int inquiries = rows("crm.contact_inquiry");
        Map<String, Object> party = StorefrontBookings.party(Clock.systemUTC(), 30);
        refusedWith(api.post("/api/contact", "{\"name\":\"Ann\",\"name\":\"Bob\",\"email\":\"ann@example.com\","
                + "\"message\":\"Hello there, a question\"}"), "name", "more than once");
        refusedWith(api.post("/api/bookings", json(party).replace("\"agreeToTerms\":true", "\"agreeToTerms\":2")),
                "agreeToTerms", "true or false");
        refusedWith(api.post("/api/contact", "{\"name\":[\"Ann\"],\"email\":\"ann@example.com\","
                + "\"message\":\"Hello there, a question\"}"), "name", "wrong type");
        var deep = api.post("/api/contact", "[".repeat(10_000) + "]".repeat(10_000));
        assertThat(deep.status()).isEqualTo(400);
        assertThat(deep.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.post("/api/bookings/quote", json(StorefrontBookings.with(party, "addons",
                java.util.Arrays.asList((Object) null)))).status()).isEqualTo(400);
        assertThat(rows("crm.contact_inquiry")).isEqualTo(inquiries);
    }

    @Test
    void textIsRefusedWhenTooLongOrWhenItWouldStartAnEmailHeaderNeverCutShort() {
        int inquiries = rows("crm.contact_inquiry");
        Map<String, Object> tooLong = new java.util.LinkedHashMap<>(contact());
        tooLong.put("subject", "s".repeat(201));
        refusedWith(api.post("/api/contact", json(tooLong)), "subject", "200 characters");
        Map<String, Object> injected = new java.util.LinkedHashMap<>(contact());
        injected.put("subject", "Hello\r\nBcc: everyone@example.com");
        refusedWith(api.post("/api/contact", json(injected)), "subject", "one line");
        Map<String, Object> unknownReason = new java.util.LinkedHashMap<>(contact());
        unknownReason.put("reason", "lottery");
        refusedWith(api.post("/api/contact", json(unknownReason)), "reason", "Choose one of");
        assertThat(rows("crm.contact_inquiry")).isEqualTo(inquiries);

        JsonNode booked = api.post("/api/bookings", json(StorefrontBookings.party(Clock.systemUTC(), 60))).json();
        String id = booked.get("bookingId").asString();
        String email = db.select(DSL.field("contact_email", String.class)).from("booking.booking")
                .where(DSL.field("id").eq(java.util.UUID.fromString(id))).fetchOne().value1();
        refusedWith(api.post("/api/bookings/" + id + "/cancel", json(Map.of("email", email, "reason",
                "r".repeat(501)))), "reason", "500 characters");
        refusedWith(api.post("/api/bookings/" + id + "/cancel", json(Map.of("email", email, "reason",
                "<script>alert(1)</script>"))), "reason", "< or >");
        assertThat(db.select(DSL.field("status", String.class)).from("booking.booking")
                .where(DSL.field("id").eq(java.util.UUID.fromString(id))).fetchOne().value1())
                .as("still booked").isNotEqualTo("cancelled");
    }

    @Test
    void aZipCodeMustExistAndBeInTheChosenState() {
        int bookings = rows("booking.booking");
        Map<String, Object> party = StorefrontBookings.party(Clock.systemUTC(), 30);
        refusedWith(api.post("/api/bookings", json(StorefrontBookings.with(party, "city", "San Jose", "zipCode",
                "95112", "serviceState", "NY"))), "serviceState", "is in CA, not NY");
        refusedWith(api.post("/api/bookings", json(StorefrontBookings.with(party, "zipCode", "00000"))),
                "zipCode", "No US address");
        refusedWith(api.post("/api/bookings/quote", json(StorefrontBookings.with(party, "zipCode", "00000"))),
                "zipCode", "No US address");
        assertThat(rows("booking.booking")).isEqualTo(bookings);
    }

    @Test
    void aPartialModifyChangesOnlyWhatWasSent() {
        JsonNode booked = api.post("/api/bookings", json(StorefrontBookings.party(Clock.systemUTC(), 60))).json();
        String id = booked.get("bookingId").asString();
        var row = db.select(DSL.field("contact_email", String.class)).from("booking.booking")
                .where(DSL.field("id").eq(java.util.UUID.fromString(id))).fetchOne();
        var modified = api.patch("/api/bookings/" + id + "/modify", json(Map.of("email", row.value1(),
                "numAdults", 11)));
        assertThat(modified.status()).as(modified.body()).isEqualTo(200);
        var after = db.select(DSL.field("dietary_restrictions", String.class), DSL.field("special_requests",
                String.class), DSL.field("num_adults", Integer.class)).from("booking.booking")
                .where(DSL.field("id").eq(java.util.UUID.fromString(id))).fetchOne();
        assertThat(after.value3()).isEqualTo(11);
        assertThat(after.value1()).isEqualTo("Two vegetarians");
        assertThat(after.value2()).isEqualTo("Surprise party");
    }

    @Test
    void aStripeSignatureThatIsNotOneAndASignedBodyThatIsNotJsonAreRefused() {
        int received = rows("payment.webhook_event");
        var garbled = api.send("POST", "/api/payments/webhook", "{}", Map.of("Stripe-Signature",
                "t=abc,v1=deadbeef", "Content-Type", "application/json"));
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.header("Content-Type")).startsWith("application/problem+json");
        for (String body : List.of("this is not json", "[".repeat(10_000) + "]".repeat(10_000))) {
            var signed = api.send("POST", "/api/payments/webhook", body, StripeEvents.signedHeaders(body));
            assertThat(signed.status()).as(signed.body()).isEqualTo(400);
            assertThat(signed.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(rows("payment.webhook_event")).isEqualTo(received);
    }

    @Test
    void pathsTomcatRefusesItselfAreProblemDetailsWithTheSecurityHeaders() throws IOException {
        for (String target : List.of("/api/bookings/%2F", "/api/bookings/%00", "/api/bookings/..%2f..%2fapi%2fadmin",
                "/api/bookings/..\\..\\admin", "/api/bookings/lookup?q=" + "a".repeat(100_000))) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String head = answer.substring(0, Math.max(answer.indexOf("\r\n\r\n"), 0)).toLowerCase();
            assertThat(answer).as(target.substring(0, Math.min(60, target.length()))).startsWith("HTTP/1.1 400");
            assertThat(head).contains("content-type: application/problem+json", "x-content-type-options: nosniff",
                    "content-security-policy: default-src 'none'");
            assertThat(answer).doesNotContain("<html").contains("\"status\":400");
        }
    }

    @Test
    void theErrorPageCalledDirectlyIsAPathNothingServesNotAFailure() {
        for (String method : List.of("GET", "POST", "DELETE")) {
            HttpApi.Response response = api.send(method, "/error", "", Map.of("Accept", "application/json"));
            assertThat(response.status()).as(method).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get("/v3/api-docs").json().path("paths").has("/error")).isFalse();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void refusedWith(HttpApi.Response response, String field, String messagePart) {
        assertThat(response.status()).as(response.body()).isBetween(400, 422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.valueStream().anyMatch(error -> error.path("field").asString().equals(field)
                && error.path("message").asString().contains(messagePart)))
                .as(field + " in " + response.body()).isTrue();
    }

    private static Map<String, Object> contact() {
        return Map.of("name", "Ann Lee", "email", "ann@example.com", "phone", "(510) 555-0101", "reason", "other",
                "subject", "A question", "message", "Do you cook vegetarian menus?");
    }

    private int rows(String table) {
        return db.fetchCount(DSL.table(table));
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
