package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.identity.events.SignUpConfirmationRequested;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.support.SignUpLinks;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.TestAccounts;

/**
 * Accounts and sessions over real HTTP: sign-up that tells nobody which addresses have accounts, sign-in, refresh
 * rotation with reuse detection, sign-out.
 */
class SignInTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    PublishedEventLog published;

    @Autowired
    com.chefweb.notify.outbox.Outbox outbox;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void theBootstrapAdminSignsInAndSeesTheirAccount() {
        Response login = login(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        JsonNode tokens = login.json();
        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isBetween(800L, 900L);
        assertThat(tokens.get("refreshToken").asString()).hasSizeGreaterThan(40);
        assertThat(tokens.get("user").get("role").asString()).isEqualTo("admin");
        JsonNode me = api.as(tokens.get("accessToken").asString()).get("/api/auth/me").json();
        assertThat(me.get("email").asString()).isEqualTo(TestAccounts.ADMIN_EMAIL);
        assertThat(me.has("passwordHash")).isFalse();
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Response wrongPassword = login(TestAccounts.ADMIN_EMAIL, "not-the-password");
        Response unknownEmail = login("nobody@example.com", "whatever-it-is");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.json().get("error").asString()).isEqualTo("Invalid email or password");
        assertThat(unknownEmail.json().get("error").asString()).isEqualTo("Invalid email or password");
    }

    @Test
    void signUpOpensACustomerAccountOnlyThroughTheEmailedLinkWhateverTheBodyClaims() {
        String email = TestAccounts.uniqueEmail("Pat");
        Response response = api.post("/api/auth/register", """
                {"email":"  %s ","name":"Pat Lee","password":"%s","role":"admin","chefId":"%s"}"""
                .formatted(email.toUpperCase(), TestAccounts.GOOD_PASSWORD, java.util.UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("status").asString()).isEqualTo("check_email");
        assertThat(response.json().has("accessToken")).isFalse();
        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).as("no account before the link").isEqualTo(401);
        String token = SignUpLinks.signUpToken(published, email.toLowerCase());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentTo(email))
                .singleElement().satisfies(mail -> assertThat(FakeSendGrid.text(mail))
                        .contains("/auth/finish-sign-up?token=" + token)));
        assertThat(api.get("/auth/finish-sign-up?token=" + token).body()).as("opening the link changes nothing")
                .contains("Open my account");
        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(401);

        Response wrongPassword = api.post("/api/auth/register/confirm", "{\"token\":\"" + token
                + "\",\"password\":\"not-what-i-chose\"}");
        assertThat(wrongPassword.status()).as("who follows the link must be who signed up").isEqualTo(400);
        assertThat(wrongPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        Response opened = api.post("/api/auth/register/confirm", confirmation(token));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        JsonNode user = opened.json().get("user");
        assertThat(user.get("role").asString()).isEqualTo("customer");
        assertThat(user.get("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(user.get("chefId").isNull()).isTrue();
        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(200);
        Response again = api.post("/api/auth/register/confirm", confirmation(token));
        assertThat(again.status()).as("a link works once").isEqualTo(400);
        assertThat(again.json().get("error").asString()).contains("used or expired");
        assertThat(api.post("/api/auth/register/confirm", confirmation("made-up")).status()).isEqualTo(400);
    }

    @Test
    void theSignUpLinksPageOpensTheAccountWithThePasswordChosen() {
        String email = TestAccounts.uniqueEmail("page");
        assertThat(register(email, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(202);
        String token = SignUpLinks.signUpToken(published, email);
        Map<String, String> form = Map.of("Content-Type", "application/x-www-form-urlencoded");

        Response wrong = api.send("POST", "/auth/finish-sign-up", "token=" + token + "&password=guessing-wrong", form);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("Enter the password you chose");
        Response opened = api.send("POST", "/auth/finish-sign-up", "token=" + token + "&password="
                + TestAccounts.GOOD_PASSWORD, form);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("Your account is open");
        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(200);
        assertThat(api.send("POST", "/auth/finish-sign-up", "token=" + token + "&password="
                + TestAccounts.GOOD_PASSWORD, form).body()).contains("used or expired");
    }

    private static String confirmation(String token) {
        return "{\"token\":\"" + token + "\",\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}";
    }

    @Test
    void signUpWithAnAddressThatHasAnAccountAnswersTheSameAndTellsItsOwner() {
        String email = TestAccounts.uniqueEmail("taken");
        SignUpLinks.storefrontSignUp(api, published, email, "Sam Owner", TestAccounts.GOOD_PASSWORD);
        Response fresh = register(TestAccounts.uniqueEmail("fresh"), TestAccounts.GOOD_PASSWORD);

        Response taken = api.post("/api/auth/register", """
                {"email":"%s","name":"Mallory","password":"another-long-passphrase"}""".formatted(email));

        assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(taken.body()).as("nothing tells the two apart").isEqualTo(fresh.body());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sentTo(email))
                .anySatisfy(mail -> assertThat(FakeSendGrid.text(mail)).contains("You already have an account")));
        assertThat(published.ofType(SignUpConfirmationRequested.class)).noneMatch(request -> request.email()
                .equals(email) && request.name().equals("Mallory"));
        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).as("the owner's password stands")
                .isEqualTo(200);
        assertThat(login(email, "another-long-passphrase").status()).isEqualTo(401);
    }

    @Test
    void weakPasswordsAreRefusedWithAFieldError() {
        for (String weak : new String[] {"short1", "password123", "12345678", "aaaaaaaaaaaa"}) {
            Response response = register(TestAccounts.uniqueEmail("weak"), weak);

            assertThat(response.status()).as(weak).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        }
        String longPassphrase = "a long passphrase ".repeat(6).strip();
        assertThat(register(TestAccounts.uniqueEmail("long"), longPassphrase).status()).isEqualTo(202);
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheWholeSession() {
        String email = TestAccounts.uniqueEmail("rotating");
        JsonNode first = signedUp(email).json();
        String firstRefresh = first.get("refreshToken").asString();

        JsonNode second = refresh(firstRefresh).json();
        String secondRefresh = second.get("refreshToken").asString();
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        assertThat(api.as(second.get("accessToken").asString()).get("/api/auth/me").status()).isEqualTo(200);

        Response replay = refresh(firstRefresh);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(refresh(secondRefresh).status()).as("the family is revoked").isEqualTo(401);
        assertThat(api.as(second.get("accessToken").asString()).get("/api/auth/me").status())
                .as("access tokens of the revoked session stop at once").isEqualTo(401);

        assertThat(login(email, TestAccounts.GOOD_PASSWORD).status()).as("a new sign-in still works").isEqualTo(200);
    }

    @Test
    void signingOutEndsTheRefreshTokenAndTheAccessToken() {
        JsonNode tokens = signedUp(TestAccounts.uniqueEmail("leaving")).json();
        HttpApi user = api.as(tokens.get("accessToken").asString());

        Response logout = user.post("/api/auth/logout",
                "{\"refreshToken\":\"" + tokens.get("refreshToken").asString() + "\"}");

        assertThat(logout.status()).isEqualTo(200);
        assertThat(refresh(tokens.get("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(user.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aCustomerCannotReadAnotherCustomersAccount() {
        String emailA = TestAccounts.uniqueEmail("a");
        String emailB = TestAccounts.uniqueEmail("b");
        JsonNode a = signedUp(emailA).json();
        JsonNode b = signedUp(emailB).json();
        HttpApi asA = api.as(a.get("accessToken").asString());
        String idA = a.get("user").get("id").asString();
        String idB = b.get("user").get("id").asString();

        assertThat(asA.get("/api/users/" + idA).status()).isEqualTo(200);
        Response other = asA.get("/api/users/" + idB);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(emailB);
        assertThat(api.asAdmin().get("/api/users/" + idB).json().get("email").asString()).isEqualTo(emailB);
    }

    private Response login(String email, String password) {
        return api.post("/api/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private Response register(String email, String password) {
        return api.post("/api/auth/register",
                "{\"email\":\"" + email + "\",\"name\":\"Test Person\",\"password\":\"" + password + "\"}");
    }

    private java.util.List<JsonNode> sentTo(String email) {
        outbox.sendDue();
        return FakeSendGrid.mailsTo(email);
    }

    private Response signedUp(String email) {
        return SignUpLinks.storefrontSignUp(api, published, email, "Test Person", TestAccounts.GOOD_PASSWORD);
    }

    private Response refresh(String refreshToken) {
        return api.post("/api/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }
}
