package com.chefweb.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.support.HttpApi;

/**
 * With no Stripe keys, the pages turn card payment off, card endpoints say why, and pay-later booking still works;
 * with no SendGrid key, emails are recorded and logged instead of sent.
 */
// the same settings as LoginFloodTests, so the two share one service with no Stripe and no SendGrid
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chefweb.rate-limits.login.limit=5", "chefweb.rate-limits.admin-login.limit=5"})
class WithoutStripeTests {

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Outbox outbox;

    @Test
    void cardPaymentsAreOffAndPayLaterStillBooks() {
        HttpApi api = new HttpApi(port);
        var form = CheckoutTests.bookingForm();

        var config = api.get("/api/config/stripe").json();
        assertThat(config.get("configured").asBoolean()).isFalse();
        assertThat(config.get("publishableKey").asString()).isEmpty();

        var intent = api.post("/api/payments/create-intent", JsonMapper.builder().build()
                .writeValueAsString(Map.of("amount", 28300, "paymentType", "deposit", "bookingData", form)));
        assertThat(intent.status()).isEqualTo(503);
        assertThat(intent.json().get("error").asString()).contains("Pay Later");
        int before = api.asAdmin().get("/api/admin/bookings?limit=1").json().get("total").asInt();
        assertThat(before).as("a refused card checkout places no booking").isZero();

        var booked = api.post("/api/bookings", JsonMapper.builder().build()
                .writeValueAsString(Map.copyOf(new java.util.HashMap<>(form) {{ put("paymentOption", "later"); }})));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.json().get("paymentStatus").asString()).isEqualTo("unpaid");
    }

    @Test
    void withoutSendGridEmailsAreRecordedAndLoggedNotSent() {
        String to = "no-provider-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        outbox.queue(new EmailDraft("no-provider:" + to, "test", to, "Hello", "Plain words", "<p>Plain words</p>"));
        outbox.sendDue();

        var row = new HttpApi(port).asAdmin().get("/api/admin/notifications?recipient=" + to).json()
                .get("notifications").get(0);
        assertThat(row.get("status").asString()).isEqualTo("logged");
        assertThat(row.get("body").asString()).isEqualTo("Plain words");
        assertThat(row.get("provider_message_id").isNull()).isTrue();
    }
}
