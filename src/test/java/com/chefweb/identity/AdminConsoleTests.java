package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.TestAccounts;

/** The storefront's admin console and the admins' own tools: API keys, accounts, the audit log. */
class AdminConsoleTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    HttpApi api;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        admin = api.asAdmin();
    }

    @Test
    void theConsoleSignsInWithItsApiKeyVerifiesAndSignsOut() {
        Response login = api.post("/api/admin/login", "{\"apiKey\":\"" + TestAccounts.CONSOLE_API_KEY + "\"}");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("success").asBoolean()).isTrue();
        assertThat(login.json().get("expiresAt").asString()).isNotBlank();
        HttpApi console = api.as(login.json().get("token").asString());
        assertThat(console.get("/api/admin/verify").status()).isEqualTo(200);
        assertThat(console.get("/api/admin/verify").json().get("valid").asBoolean()).isTrue();

        assertThat(console.post("/api/admin/logout", "").status()).isEqualTo(200);
        assertThat(console.get("/api/admin/verify").status()).isEqualTo(401);
    }

    @Test
    void theConsoleIsToldWhatWentWrongAsItExpects() {
        Response missing = api.post("/api/admin/login", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asString()).isEqualTo("API key required");
        assertThat(missing.json().get("code").asString()).isEqualTo("MISSING_API_KEY");

        long started = System.nanoTime();
        Response wrong = api.post("/api/admin/login", "{\"apiKey\":\"cwk_wrong_wrong_wrong_wrong_wrong\"}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asString()).isEqualTo("Invalid API key");
        assertThat(wrong.json().get("code").asString()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("a wrong key is answered slowly")
                .isGreaterThanOrEqualTo(Duration.ofMillis(900));

        assertThat(api.get("/api/admin/verify").status()).isEqualTo(401);
    }

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndCanBeRevoked() {
        Response created = admin.post("/api/admin/api-keys", "{\"name\":\"reporting " + System.nanoTime() + "\"}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        String id = created.json().get("api_key").get("id").asString();
        assertThat(secret).startsWith("cwk_");

        Response list = admin.get("/api/admin/api-keys");
        assertThat(list.body()).doesNotContain(secret);
        assertThat(ids(list.json().get("api_keys"))).contains(id);

        String consoleToken = api.post("/api/admin/login", "{\"apiKey\":\"" + secret + "\"}").json().get("token").asString();
        assertThat(api.as(consoleToken).get("/api/admin/verify").status()).isEqualTo(200);

        Response revoked = admin.send("DELETE", "/api/admin/api-keys/" + id, null, java.util.Map.of());
        assertThat(revoked.json().get("active").asBoolean()).isFalse();
        assertThat(api.post("/api/admin/login", "{\"apiKey\":\"" + secret + "\"}").status()).isEqualTo(401);
        assertThat(api.as(consoleToken).get("/api/admin/verify").status())
                .as("sessions opened with a revoked key end").isEqualTo(401);
    }

    @Test
    void staffRunTheConsoleButOnlyAdminsManageAccounts() {
        String email = TestAccounts.uniqueEmail("staff");
        Response created = admin.post("/api/admin/users", """
                {"email":"%s","name":"Sam Staff","password":"%s","role":"staff"}"""
                .formatted(email, TestAccounts.GOOD_PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("role").asString()).isEqualTo("staff");
        HttpApi staff = api.signedIn(email, TestAccounts.GOOD_PASSWORD);

        assertThat(staff.get("/api/admin/verify").status()).isEqualTo(200);
        assertThat(staff.get("/api/admin/users").status()).isEqualTo(403);
        assertThat(staff.get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(staff.post("/api/admin/api-keys", "{\"name\":\"mine\"}").status()).isEqualTo(403);
    }

    @Test
    void aChangedRoleEndsTheTokensThatCarryTheOldOne() {
        String email = TestAccounts.uniqueEmail("demoted");
        String id = admin.post("/api/admin/users", """
                {"email":"%s","name":"Dee Moted","password":"%s","role":"staff"}"""
                .formatted(email, TestAccounts.GOOD_PASSWORD)).json().get("id").asString();
        HttpApi staff = api.signedIn(email, TestAccounts.GOOD_PASSWORD);
        assertThat(staff.get("/api/admin/verify").status()).isEqualTo(200);

        admin.patch("/api/admin/users/" + id, "{\"role\":\"customer\"}");

        assertThat(staff.get("/api/admin/verify").status()).as("the staff token is void at once").isEqualTo(401);
        assertThat(api.signedIn(email, TestAccounts.GOOD_PASSWORD).get("/api/auth/me").json().get("role").asString())
                .isEqualTo("customer");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsSignIns() {
        String email = TestAccounts.uniqueEmail("leaver");
        String id = admin.post("/api/admin/users", """
                {"email":"%s","name":"Lee Ver","password":"%s","role":"chef"}"""
                .formatted(email, TestAccounts.GOOD_PASSWORD)).json().get("id").asString();
        HttpApi chef = api.signedIn(email, TestAccounts.GOOD_PASSWORD);
        assertThat(chef.get("/api/auth/me").status()).isEqualTo(200);

        Response disabled = admin.patch("/api/admin/users/" + id, "{\"disabled\":true}");

        assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
        assertThat(chef.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\""
                + TestAccounts.GOOD_PASSWORD + "\"}").status()).isEqualTo(401);
    }

    @Test
    void anAdminsPriceChangeIsInTheAuditLogWithWhoWhatAndBeforeAfter() {
        String adminId = admin.get("/api/auth/me").json().get("id").asString();
        try {
            assertThat(admin.patch("/api/packages", "{\"packages\":[{\"id\":\"essential\",\"price\":66}]}").status())
                    .isEqualTo(200);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                JsonNode entries = admin.get("/api/admin/audit?resource_type=package&resource_id=essential&actor="
                        + adminId).json().get("entries");
                JsonNode entry = StreamSupport.stream(entries.spliterator(), false)
                        .filter(e -> e.get("after").path("adult_price").asString("").equals("66.00 USD"))
                        .findFirst().orElseThrow();
                assertThat(entry.get("action").asString()).isEqualTo("package.updated");
                assertThat(entry.get("actor_role").asString()).isEqualTo("admin");
                assertThat(entry.get("before").get("adult_price").asString()).isEqualTo("65.00 USD");
                assertThat(entry.get("summary").asString()).contains("Essential", "65.00 USD", "66.00 USD");
            });
        } finally {
            admin.patch("/api/packages", "{\"packages\":[{\"id\":\"essential\",\"price\":65}]}");
        }
    }

    @Test
    void theAuditLogPagesAndFiltersByTime() {
        Response page = admin.get("/api/admin/audit?limit=1&offset=0&from=2000-01-01T00:00:00Z");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("limit").asInt()).isEqualTo(1);
        assertThat(page.json().get("entries").size()).isLessThanOrEqualTo(1);

        Response future = admin.get("/api/admin/audit?from=2999-01-01T00:00:00Z");
        assertThat(future.json().get("total").asInt()).isZero();

        assertThat(admin.get("/api/admin/audit?limit=0").status()).isEqualTo(400);
        assertThat(admin.get("/api/admin/audit?from=yesterday").status()).isEqualTo(400);
    }

    private static java.util.List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }
}
