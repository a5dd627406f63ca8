package com.chefweb.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.notify.outbox.Outbox;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.TestAccounts;

/**
 * The app's forgotten password: the same answer whether or not an address has an account, a link emailed to one
 * that has, a new password set once with it, and every session of the account ended.
 */
class PasswordResetTests extends FakeStripeAndSendGrid {

    private static final Pattern LINK = Pattern.compile("uid=(\\d+)&token=([^\\s]+)");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    Outbox outbox;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aLinkSetsANewPasswordOnceAndEndsEverySession() {
        String username = "forgetful_" + UUID.randomUUID().toString().substring(0, 6);
        String email = TestAccounts.uniqueEmail(username);
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s"}}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).isEqualTo(201);
        HttpApi signedIn = api.as(registered.json().get("access").asString());

        Response unknown = api.post("/auth/api/password_reset_request/", "{\"email\":\"nobody-"
                + UUID.randomUUID() + "@example.com\"}");
        Response known = api.post("/auth/api/password_reset_request/", "{\"email\":\"" + email + "\"}");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.json().get("message").asString()).as("no hint whether the address has an account")
                .isEqualTo(unknown.json().get("message").asString());

        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchCount(DSL.table("notify.outgoing_message"),
                DSL.field("recipient").eq(email).and(DSL.field("kind").eq("password-reset"))) == 1);
        outbox.sendDue();
        List<JsonNode> mails = FakeSendGrid.mailsTo(email).stream()
                .filter(mail -> mail.path("subject").asString("").equals("Choose a new password")).toList();
        assertThat(mails).hasSize(1);
        String text = FakeSendGrid.text(mails.getFirst());
        assertThat(text).as("the service's own page: the app shows its form only to the signed in")
                .contains("/auth/reset-password?uid=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).isTrue();
        String uid = link.group(1);
        String token = URLDecoder.decode(link.group(2), StandardCharsets.UTF_8);
        String newPassword = "fresh-basil-and-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(reset(uid, token, newPassword, newPassword + "x").status()).as("confirmation differs").isEqualTo(400);
        assertThat(reset(uid, token, "short", "short").status()).as("the password policy holds").isEqualTo(400);
        assertThat(reset(uid, token.substring(0, token.length() - 2) + "xx", newPassword, newPassword).status())
                .as("a link we did not make").isEqualTo(400);
        Response page = api.get("/auth/reset-password?uid=" + uid + "&token=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", "name=\"new_password\"");
        Response mismatch = form(uid, token, newPassword, "other-" + newPassword);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("do not match");
        Response done = form(uid, token, newPassword, newPassword);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("Your password is changed");
        assertThat(reset(uid, token, newPassword + "2", newPassword + "2").status()).as("once").isEqualTo(400);

        assertThat(signedIn.get("/auth/api/user_details/").status()).as("its sessions ended").isEqualTo(401);
        assertThat(login(username, TestAccounts.GOOD_PASSWORD).status()).isEqualTo(400);
        assertThat(login(username, newPassword).status()).isEqualTo(200);
    }

    private Response reset(String uid, String token, String password, String confirmation) {
        return api.post("/auth/api/reset_password/", """
                {"uid":"%s","token":"%s","new_password":"%s","confirm_password":"%s"}"""
                .formatted(uid, token, password, confirmation));
    }

    /** The reset page's form, posted as a browser posts it. */
    private Response form(String uid, String token, String password, String confirmation) {
        return api.send("POST", "/auth/reset-password", "uid=" + uid + "&token=" + URLEncoder.encode(token,
                StandardCharsets.UTF_8) + "&new_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&confirm_password=" + URLEncoder.encode(confirmation, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }

    private Response login(String username, String password) {
        return api.send("POST", "/auth/api/login/", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
    }
}
