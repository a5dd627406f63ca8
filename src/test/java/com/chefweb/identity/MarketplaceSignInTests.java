package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.identity.events.ChefModeEntered;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.support.TestAccounts;

/** The sautai app's sign-in dialect, as the app sends and reads it (sautai-spa-contract.md §2.3). */
class MarketplaceSignInTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    PublishedEventLog published;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aCustomerSignsUpSignsInByUsernameOrEmailAndStaysSignedInOnOneRefreshToken() {
        String username = "pat_" + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail("pat");
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s","timezone":"America/New_York",
                 "measurement_system":"METRIC","preferred_language":"en","allergies":["peanuts"],"custom_allergies":[],
                 "dietary_preferences":["Vegetarian"],"custom_dietary_preferences":[],"household_member_count":3,
                 "household_members":[]},"address":{"city":"Oakland","country":"us"}}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("access").asString()).isNotBlank();

        Response byUsername = loginForm(username.toUpperCase(), TestAccounts.GOOD_PASSWORD);
        assertThat(byUsername.status()).isEqualTo(200);
        assertThat(loginForm(email, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(200);
        JsonNode login = byUsername.json();
        assertThat(login.get("status").asString()).isEqualTo("success");
        assertThat(login.get("user").get("username").asString()).isEqualTo(username);
        // a real JWT the app decodes: three parts, with exp and user_id
        String payload = new String(java.util.Base64.getUrlDecoder().decode(login.get("access").asString()
                .split("\\.")[1]));
        assertThat(payload).contains("\"exp\"", "\"user_id\"");

        String refresh = login.get("refresh").asString();
        for (int i = 0; i < 5; i++) {
            Response refreshed = api.post("/auth/api/token/refresh/", "{\"refresh\":\"" + refresh + "\"}");
            assertThat(refreshed.status()).as("refresh %d", i).isEqualTo(200);
            // the user_id the app adds to every request is ignored: the answer is always the caller's
            JsonNode mine = api.as(refreshed.json().get("access").asString()).get("/auth/api/user_details/?user_id=7")
                    .json();
            assertThat(mine.get("username").asString()).isEqualTo(username);
        }
        // an expired token still in the header does not turn a sign-in into the app's "session expired" 401
        assertThat(api.with("Authorization", "Bearer null").post("/auth/api/token/refresh/",
                "{\"refresh\":\"" + refresh + "\"}").status()).isEqualTo(200);
        assertThat(api.with("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.stale").send("POST", "/auth/api/login/",
                "username=" + username + "&password=" + TestAccounts.GOOD_PASSWORD,
                Map.of("Content-Type", "application/x-www-form-urlencoded")).status()).isEqualTo(200);
        JsonNode details = api.as(login.get("access").asString()).get("/auth/api/user_details").json();
        assertThat(details.get("id").isIntegralNumber()).isTrue();
        assertThat(details.get("email").asString()).isEqualTo(email);
        assertThat(details.get("current_role").asString()).isEqualTo("customer");
        assertThat(details.get("is_chef").asBoolean()).isFalse();
        assertThat(details.get("household_member_count").asInt()).isEqualTo(3);
        assertThat(details.get("measurement_system").asString()).isEqualTo("METRIC");
        assertThat(details.get("allergies").get(0).asString()).isEqualTo("peanuts");
        assertThat(details.get("address").get("country").asString()).isEqualTo("US");

        assertThat(api.post("/auth/api/token/blacklist/", "{\"refresh\":\"" + refresh + "\"}").status()).isEqualTo(200);
        assertThat(api.post("/auth/api/token/refresh/", "{\"refresh\":\"" + refresh + "\"}").status()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIs400NeverTheExpiredSession401() {
        String username = "wrong_" + UUID.randomUUID().toString().substring(0, 6);
        api.post("/auth/api/register/", "{\"user\":{\"username\":\"" + username + "\",\"email\":\""
                + TestAccounts.uniqueEmail("wrong") + "\",\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}}");
        Response wrong = loginForm(username, "not-the-password");
        assertThat(loginForm("nobody-" + UUID.randomUUID(), "not-the-password").json().get("message").asString())
                .isEqualTo("Invalid username or password");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrong.json().get("message").asString()).isEqualTo("Invalid username or password");
        assertThat(api.get("/auth/api/user_details/").status()).isEqualTo(404);
    }

    @Test
    void onlyAnAdminMakesAChefAndAChefSwitchesRolesUntilDemoted() {
        String username = "chef_" + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail("chef");
        Response registered = api.post("/auth/api/register", """
                {"user":{"username":"%s","email":"%s","password":"%s"},"intent":"chef"}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        // wanting to be a chef grants nothing
        assertThat(registered.json().get("user").get("current_role").asString()).isEqualTo("customer");
        assertThat(registered.json().get("user").get("is_chef").asBoolean()).isFalse();
        HttpApi applicant = api.as(registered.json().get("access").asString());
        Response refused = applicant.post("/auth/api/switch_role/", "{\"role\":\"chef\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asString()).isEqualTo("You are not a chef.");
        String accountId = applicant.get("/api/auth/me").json().get("id").asString();

        HttpApi admin = api.asAdmin();
        assertThat(admin.patch("/api/admin/users/" + accountId, "{\"role\":\"chef\"}").status()).isEqualTo(200);
        JsonNode chefLogin = loginForm(username, TestAccounts.GOOD_PASSWORD).json();
        assertThat(chefLogin.get("user").get("is_chef").asBoolean()).isTrue();
        assertThat(chefLogin.get("user").get("current_role").asString()).isEqualTo("chef");
        HttpApi asChef = api.as(chefLogin.get("access").asString());

        JsonNode toCustomer = asChef.post("/auth/api/switch_role/", "{\"role\":\"customer\"}").json();
        assertThat(toCustomer.get("user").get("current_role").asString()).isEqualTo("customer");
        // the old role's token stops working; the new one works
        assertThat(asChef.get("/auth/api/user_details/").status()).isEqualTo(401);
        HttpApi asCustomer = api.as(toCustomer.get("access").asString());
        JsonNode back = asCustomer.post("/auth/api/switch_role", "{\"role\":\"chef\"}").json();
        assertThat(back.get("user").get("current_role").asString()).isEqualTo("chef");
        await().atMost(Duration.ofSeconds(5)).until(() -> published.ofType(ChefModeEntered.class).stream()
                .anyMatch(event -> event.username().equals(username)));
        assertThat(api.as(back.get("access").asString()).post("/auth/api/switch_role/", "{\"role\":\"admin\"}")
                .status()).isEqualTo(400);

        // demoted by an admin, the account cannot switch back
        assertThat(admin.patch("/api/admin/users/" + accountId, "{\"role\":\"customer\"}").status()).isEqualTo(200);
        JsonNode demoted = loginForm(username, TestAccounts.GOOD_PASSWORD).json();
        assertThat(demoted.get("user").get("is_chef").asBoolean()).isFalse();
        assertThat(api.as(demoted.get("access").asString()).post("/auth/api/switch_role/", "{\"role\":\"chef\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void aSignUpConfirmsItsEmailWithTheEmailedLink() {
        String username = "mail_" + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail("mail");
        JsonNode registered = api.post("/auth/api/register/", "{\"user\":{\"username\":\"" + username
                + "\",\"email\":\"" + email + "\",\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}}").json();
        assertThat(registered.get("user").get("email_confirmed").asBoolean()).isFalse();
        HttpApi user = api.as(registered.get("access").asString());
        String url = await().atMost(Duration.ofSeconds(5)).until(() -> published
                .ofType(com.chefweb.identity.events.EmailConfirmationRequested.class).stream()
                .filter(request -> request.email().equals(email)).map(request -> request.confirmUrl()).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(url).startsWith("http://localhost:5174/account?action=activate&uid=");
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : java.net.URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        // the notifications module queued the email with the link
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(api.asAdmin()
                .get("/api/admin/notifications?recipient=" + email).body()).contains("email-confirmation"));

        Response forged = api.post("/auth/api/register/verify-email/", "{\"uid\":\"" + query.get("uid")
                + "\",\"token\":\"" + query.get("token").substring(1) + "x\"}");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.json().get("message").asString()).contains("not valid");
        assertThat(api.post("/auth/api/register/verify-email/", "{\"uid\":\"abc\",\"token\":\"x\"}").status())
                .isEqualTo(400);
        Response confirmed = api.post("/auth/api/register/verify-email/", "{\"uid\":\"" + query.get("uid")
                + "\",\"token\":\"" + query.get("token") + "\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().get("message").asString()).contains("confirmed");
        assertThat(user.get("/auth/api/user_details/").json().get("email_confirmed").asBoolean()).isTrue();
        assertThat(user.post("/auth/api/resend-activation-link/", "{\"user_id\":1}").json().get("message")
                .asString()).contains("already confirmed");
    }

    @Test
    void staffSignInWhereTheirTokensStayOneTime() {
        assertThat(loginForm(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void signUpsAreRefusedFieldByFieldAndUsernamesAreUniqueWhateverTheirCase() {
        String username = "Sam_" + UUID.randomUUID().toString().substring(0, 6);
        api.post("/auth/api/register/", "{\"user\":{\"username\":\"" + username + "\",\"email\":\""
                + TestAccounts.uniqueEmail("sam") + "\",\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}}");

        Response again = api.post("/auth/api/register/", "{\"user\":{\"username\":\"" + username.toLowerCase()
                + "\",\"email\":\"not-an-email\",\"password\":\"123\",\"timezone\":\"Mars/Olympus\"}}");

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").toString()).contains("username", "timezone");
        Response password = api.post("/auth/api/register/", "{\"user\":{\"username\":\"fresh_"
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"email\":\"" + TestAccounts.uniqueEmail("x")
                + "\",\"password\":\"123\"}}");
        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().get("errors").toString()).contains("password");
    }

    @Test
    void theAddressIsKeptAndTheAppsOriginMayCallWithCredentials() {
        Response registered = api.post("/auth/api/register/", "{\"user\":{\"username\":\"addr_"
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"email\":\"" + TestAccounts.uniqueEmail("addr")
                + "\",\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}}");
        HttpApi user = api.as(registered.json().get("access").asString());
        assertThat(user.get("/auth/api/address_details/").body()).isEqualTo("{}");

        JsonNode saved = user.post("/auth/api/address_details/", """
                {"street":"1 Lakeshore Ave","city":"Oakland","state":"CA","postalcode":"94612","country":"US",
                 "user_id":42}""").json();
        assertThat(saved.get("postal_code").asString()).isEqualTo("94612");
        assertThat(user.get("/auth/api/address_details").json().get("city").asString()).isEqualTo("Oakland");
        assertThat(user.post("/auth/api/address_details/", "{\"country\":\"United States\"}").status()).isEqualTo(400);

        Response preflight = api.send("OPTIONS", "/auth/api/login/", null, Map.of("Origin", "http://localhost:5174",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers",
                "authorization,content-type,x-requested-with"));
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5174");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");
    }

    private Response loginForm(String username, String password) {
        return api.send("POST", "/auth/api/login/", "username=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8) + "&password=" + java.net.URLEncoder.encode(password,
                java.nio.charset.StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }
}
