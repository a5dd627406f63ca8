package com.chefweb.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;



import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;

/**
 * Outgoing email through the real sendgrid-java client against a fake SendGrid: written down once per cause, sent
 * outside any transaction, retried with pauses when SendGrid fails, given up when it refuses, and visible to admins,
 * who can send a failed one again.
 */
class EmailDeliveryTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    MovableClock clock;

    HttpApi admin;


    @BeforeEach
    void setUp() {
        FakeSendGrid.reset();
        clock.set(Instant.now());
        admin = new HttpApi(port).asAdmin();
    }

    @Test
    void anEmailIsSentOnceWithBothVersionsFromTheConfiguredSender() {
        String to = recipient();
        outbox.queue(draft("welcome:" + to, to));
        outbox.queue(draft("welcome:" + to, to));
        outbox.sendDue();
        outbox.sendDue();

        var mails = FakeSendGrid.mailsTo(to);
        assertThat(mails).as("the same cause is one email").hasSize(1);
        JsonNode mail = mails.getFirst();
        assertThat(mail.path("from").path("email").asString()).isEqualTo("bookings@chefweb.test");
        assertThat(mail.path("from").path("name").asString()).isEqualTo("Bay Hibachi");
        assertThat(mail.path("subject").asString()).isEqualTo("Your party");
        assertThat(FakeSendGrid.text(mail)).isEqualTo("See you soon");
        assertThat(mail.path("content").get(1).path("value").asString()).isEqualTo("<p>See you soon</p>");
        assertThat(FakeSendGrid.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/v3/mail/send"))).getLast().getHeader("Authorization"))
                .isEqualTo("Bearer SG.test-key");

        JsonNode row = only(to);
        assertThat(row.get("status").asString()).isEqualTo("sent");
        assertThat(row.get("provider_message_id").asString()).startsWith("msg_");
        assertThat(row.get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void aSendGridOutageIsRetriedAfterAPauseAndThenSent() {
        String to = recipient();
        FakeSendGrid.server().stubFor(post(urlPathEqualTo("/v3/mail/send")).atPriority(1)
                .willReturn(aResponse().withStatus(503).withBody("{\"errors\":[{\"message\":\"busy\"}]}")));
        outbox.queue(draft("outage:" + to, to));
        outbox.sendDue();

        JsonNode waiting = only(to);
        assertThat(waiting.get("status").asString()).isEqualTo("queued");
        assertThat(waiting.get("last_error").asString()).contains("503", "busy");

        FakeSendGrid.reset();
        outbox.sendDue();
        assertThat(FakeSendGrid.mailsTo(to)).as("not before the pause").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        outbox.sendDue();
        assertThat(FakeSendGrid.mailsTo(to)).hasSize(1);
        assertThat(only(to).get("status").asString()).isEqualTo("sent");
        assertThat(only(to).get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void anEmailSendGridRefusesIsFailedAtOnceAndAnAdminCanSendItAgain() {
        String to = recipient();
        FakeSendGrid.server().stubFor(post(urlPathEqualTo("/v3/mail/send")).atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("{\"errors\":[{\"message\":\"bad sender\"}]}")));
        outbox.queue(draft("refused:" + to, to));
        outbox.sendDue();

        JsonNode failed = only(to);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("last_error").asString()).contains("400", "bad sender");
        assertThat(admin.get("/api/admin/notifications?status=failed&recipient=" + to).json().get("total").asInt())
                .isEqualTo(1);

        FakeSendGrid.reset();
        String id = failed.get("id").asString();
        assertThat(admin.post("/api/admin/notifications/" + id + "/resend", "").json().get("status").asString())
                .isEqualTo("queued");
        outbox.sendDue();
        assertThat(only(to).get("status").asString()).isEqualTo("sent");
        var again = admin.post("/api/admin/notifications/" + id + "/resend", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asString()).contains("this one is sent");
        assertThat(admin.post("/api/admin/notifications/" + UUID.randomUUID() + "/resend", "").status()).isEqualTo(404);
    }

    @Test
    void theAdminListIsForStaffAndRefusesAnUnknownStatus() {
        assertThat(new HttpApi(port).get("/api/admin/notifications").status()).isEqualTo(401);
        var wrong = admin.get("/api/admin/notifications?status=bounced");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    @Test
    void anAdminPreviewsEveryMessageWithSampleDataAndNothingIsKeptOrSent() {
        int before = admin.get("/api/admin/notifications").json().get("total").asInt();
        JsonNode templates = admin.get("/api/admin/notifications/templates").json().get("templates");
        assertThat(templates.size()).isGreaterThanOrEqualTo(22);
        for (JsonNode template : templates) {
            String name = template.get("name").asString();
            var preview = admin.get("/api/admin/notifications/templates/" + name + "/preview");
            assertThat(preview.status()).as(name + ": " + preview.body()).isEqualTo(200);
            JsonNode message = preview.json();
            assertThat(message.get("channel").asString()).isEqualTo(template.get("channel").asString());
            assertThat(message.get("subject").asString()).as(name).isNotBlank();
            assertThat(message.get("text").asString()).as(name).isNotBlank();
            if (message.get("channel").asString().equals("email")) {
                assertThat(message.get("html").asString()).as(name).startsWith("<!doctype html>")
                        .contains("max-width:560px");
            } else {
                assertThat(message.get("recipient").asString()).startsWith("+1");
                assertThat(message.get("text").asString()).endsWith("Reply STOP to stop texts.");
            }
        }
        String alert = admin.get("/api/admin/notifications/templates/new-order-alert/preview").json().get("text")
                .asString();
        assertThat(alert.lines().skip(2).findFirst().orElseThrow()).isEqualTo("Allergies: Peanuts, Sesame");
        assertThat(admin.get("/api/admin/notifications/templates/new-booking-alert/preview").json().get("text")
                .asString()).contains("ALLERGY ALERT: Shellfish (severe)");
        assertThat(admin.get("/api/admin/notifications/templates/order-receipt/preview").json().get("subject")
                .asString()).isEqualTo("Your order #1042 with Chef Marisol is confirmed");

        outbox.sendDue();
        assertThat(admin.get("/api/admin/notifications").json().get("total").asInt())
                .as("a preview keeps nothing").isEqualTo(before);
        assertThat(FakeSendGrid.mailsTo("dana@example.com")).as("and sends nothing").isEmpty();
        assertThat(admin.get("/api/admin/notifications/templates/no-such-thing/preview").status()).isEqualTo(404);
        assertThat(new HttpApi(port).get("/api/admin/notifications/templates").status()).isEqualTo(401);
    }

    private JsonNode only(String recipient) {
        JsonNode page = admin.get("/api/admin/notifications?recipient=" + recipient).json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        return page.get("notifications").get(0);
    }

    private static EmailDraft draft(String cause, String to) {
        return new EmailDraft(cause, "test", to, "Your party", "See you soon", "<p>See you soon</p>");
    }

    private static String recipient() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
