package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;


import tools.jackson.databind.json.JsonMapper;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.StripeEvents;

/** Refunds through the real stripe-java against a faked Stripe: by an admin, and owed by a cancellation. */
class RefundTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    HttpApi api;


    @BeforeEach
    void setUp() {
        FakeStripe.reset();
        api = new HttpApi(port);
    }

    @Test
    void anAdminRefundsPartOfAPaymentOnceHoweverOftenTheRequestIsSent() {
        Paid paid = paidDeposit();
        HttpApi admin = api.asAdmin();
        String refund = "{\"paymentIntentId\":\"" + paid.paymentIntentId() + "\",\"amount\":10000,\"reason\":\"Smaller party\"}";

        Response first = admin.post("/api/payments/refund", refund);
        Response again = admin.post("/api/payments/refund", refund);

        assertThat(first.status()).isEqualTo(200);
        assertThat(again.json().get("refundId").asString()).isEqualTo(first.json().get("refundId").asString());
        List<LoggedRequest> sent = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getBodyAsString()).contains("amount=10000", "payment_intent=" + paid.paymentIntentId());
        assertThat(sent.getFirst().getHeader("Idempotency-Key")).startsWith("refund:");

        Response tooMuch = admin.post("/api/payments/refund",
                "{\"paymentIntentId\":\"" + paid.paymentIntentId() + "\",\"amount\":20000,\"reason\":\"More\"}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("errors").get(0).get("message").asString()).contains("18300");
        assertThat(admin.post("/api/payments/refund", "{\"paymentIntentId\":\"pi_unknown\",\"reason\":\"x\"}").status())
                .isEqualTo(404);

        webhook(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), paid.paymentIntentId(), 28300, 10000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + paid.bookingId()).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("partially_refunded"));
    }

    @Test
    void aCancellationWeeksAheadRefundsWhatWasPaidAutomaticallyAndOnce() {
        Paid paid = paidDeposit();

        Response cancelled = api.post("/api/bookings/" + paid.bookingId() + "/cancel",
                JSON.writeValueAsString(Map.of("email", paid.email(), "reason", "change_of_plans")));

        assertThat(cancelled.json().get("refund").get("amount").decimalValue()).isEqualByComparingTo("283");
        assertThat(cancelled.json().get("refund").get("eligible").asBoolean()).isTrue();
        assertThat(cancelled.json().get("booking").get("payment_status").asString()).isEqualTo("pending_refund");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                FakeStripe.server().verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds"))));
        LoggedRequest refund = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))).getFirst();
        assertThat(refund.getBodyAsString()).contains("amount=28300");
        assertThat(refund.getHeader("Idempotency-Key")).startsWith("cancellation:" + paid.bookingId());

        webhook(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), paid.paymentIntentId(), 28300, 28300));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + paid.bookingId()).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("refunded"));
        FakeStripe.server().verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds")));
    }

    @Test
    void moneyThatArrivesAfterACancellationIsRefundedInFullOnceAndShownToAdmins() {
        Map<String, Object> form = CheckoutTests.bookingForm();
        var started = api.post("/api/payments/create-intent",
                JSON.writeValueAsString(Map.of("paymentType", "deposit", "bookingData", form))).json();
        String bookingId = started.get("bookingId").asString();
        String intent = started.get("paymentIntentId").asString();
        // a bank debit already under way: Stripe refuses to cancel it, and it succeeds days later
        FakeStripe.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo("/v1/payment_intents/" + intent + "/cancel")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\","
                                + "\"code\":\"payment_intent_unexpected_state\",\"message\":\"processing\"}}")));
        api.post("/api/bookings/" + bookingId + "/cancel",
                JSON.writeValueAsString(Map.of("email", form.get("contactEmail"), "reason", "")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> FakeStripe.server().verify(
                postRequestedFor(urlPathEqualTo("/v1/payment_intents/" + intent + "/cancel"))));

        String late = StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), intent, 28300);
        webhook(late);
        webhook(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), intent, 28300));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.asAdmin().get("/api/admin/payments/reconciliation").body())
                    .contains(intent, "Paid after the booking was cancelled: 283.00 USD refunded automatically");
            var refunds = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
            assertThat(refunds).hasSize(1);
            assertThat(refunds.getFirst().getBodyAsString()).contains("amount=28300", "payment_intent=" + intent);
            assertThat(refunds.getFirst().getHeader("Idempotency-Key")).startsWith("unowed:");
        });
    }

    @Test
    void onlyAnAdminCancelsAPaidBookingBecauseThatRefundsIt() {
        Paid paid = paidDeposit();
        HttpApi admin = api.asAdmin();
        String email = com.chefweb.support.TestAccounts.uniqueEmail("staff");
        admin.post("/api/admin/users", JSON.writeValueAsString(Map.of("email", email, "name", "Sam Staff",
                "password", com.chefweb.support.TestAccounts.GOOD_PASSWORD, "role", "staff")));
        HttpApi staff = api.signedIn(email, com.chefweb.support.TestAccounts.GOOD_PASSWORD);

        Response refused = staff.patch("/api/admin/bookings/" + paid.bookingId(), "{\"status\":\"cancelled\"}");
        assertThat(refused.status()).isEqualTo(403);
        FakeStripe.server().verify(0, postRequestedFor(urlPathEqualTo("/v1/refunds")));

        assertThat(admin.patch("/api/admin/bookings/" + paid.bookingId(), "{\"status\":\"cancelled\"}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                FakeStripe.server().verify(1, postRequestedFor(urlPathEqualTo("/v1/refunds"))));
    }

    @Test
    void aBookingPaidTwiceGetsTheSecondPaymentBackOnce() {
        Paid paid = paidDeposit();
        // the balance paid on two pages at once: one through the booking page, one through a payment link
        Response balance = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "bookingId", paid.bookingId(), "paymentType", "balance")));
        webhook(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(),
                balance.json().get("paymentIntentId").asString(), 84800));
        // the booking page's payment is counted first; webhooks are processed apart, so wait for it to be
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + paid.bookingId()).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("paid"));
        String second = "pi_link_" + UUID.randomUUID().toString().replace("-", "");
        String twice = StripeEvents.checkoutPaymentSucceeded("evt_" + UUID.randomUUID(), second, 84800,
                paid.bookingId(), "balance", "pm_card_visa");
        webhook(twice);
        webhook(twice);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var refunds = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
            assertThat(refunds).hasSize(1);
            assertThat(refunds.getFirst().getBodyAsString()).contains("amount=84800", "payment_intent=" + second);
            assertThat(api.asAdmin().get("/api/admin/payments/reconciliation").body())
                    .contains(second, "Paid beyond the booking's total: 848.00 USD refunded automatically");
        });
    }

    private Paid paidDeposit() {
        Map<String, Object> form = CheckoutTests.bookingForm();
        Response started = api.post("/api/payments/create-intent",
                JSON.writeValueAsString(Map.of("paymentType", "deposit", "bookingData", form)));
        String bookingId = started.json().get("bookingId").asString();
        String intent = started.json().get("paymentIntentId").asString();
        webhook(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), intent, 28300));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("deposit_paid"));
        return new Paid(bookingId, intent, (String) form.get("contactEmail"));
    }

    private void webhook(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload)).status())
                .isEqualTo(200);
    }

    private record Paid(String bookingId, String paymentIntentId, String email) {
    }
}
