package com.chefweb.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRepository;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.StripeEvents;

/**
 * Stripe's webhooks over real HTTP: only signed, fresh events are stored; each is applied once, in whatever order
 * and however often it arrives; failures are retried; and the booking follows what payment reports.
 */
class StripeWebhookTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    EventPublicationRepository completed;

    HttpApi api;


    @BeforeEach
    void setUp() {
        FakeStripe.reset();
        api = new HttpApi(port);
    }

    @Test
    void unsignedTamperedAndStaleEventsAreRefusedAndNotStored() {
        String payload = StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), "pi_x", 100);
        String good = StripeEvents.signature(payload, FakeStripe.WEBHOOK_SECRET, Instant.now());

        assertThat(webhook(payload, null).status()).isEqualTo(400);
        assertThat(webhook(payload.replace("100", "999"), good).status()).isEqualTo(400);
        assertThat(webhook(payload, StripeEvents.signature(payload, "whsec_someone_else", Instant.now())).status())
                .isEqualTo(400);
        Response stale = webhook(payload, StripeEvents.signature(payload, FakeStripe.WEBHOOK_SECRET,
                Instant.now().minus(Duration.ofMinutes(10))));
        assertThat(stale.status()).isEqualTo(400);
        assertThat(stale.json().get("error").asString()).isEqualTo("Invalid Stripe signature");
        assertThat(api.asAdmin().get("/api/admin/payments/webhooks").body()).doesNotContain("pi_x");
    }

    @Test
    void aPaidDepositConfirmsTheBookingOnceHoweverOftenStripeSaysSo() {
        Started started = startDeposit();
        String eventId = "evt_" + UUID.randomUUID();
        String payload = StripeEvents.paymentSucceeded(eventId, started.paymentIntentId(), started.amount());

        Response first = webhook(payload, null, true);
        Response again = webhook(payload, null, true);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("received").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode booking = bookingRow(started.bookingId());
            assertThat(booking.get("payment_status").asString()).isEqualTo("deposit_paid");
            assertThat(booking.get("status").asString()).isEqualTo("confirmed");
            assertThat(booking.get("amount_paid").decimalValue()).isEqualByComparingTo("283");
        });
        // each listener of the event gets its own publication: none of them may have two
        var announcements = completed.findCompletedPublications().stream().filter(p -> p.getEvent() instanceof PaymentSucceeded succeeded
                        && succeeded.bookingId().toString().equals(started.bookingId()))
                .collect(java.util.stream.Collectors.groupingBy(p -> p.getTargetIdentifier().getValue(),
                        java.util.stream.Collectors.counting()));
        assertThat(announcements).as("the payment was announced").isNotEmpty();
        assertThat(announcements.values()).as("the payment was announced once").allMatch(count -> count == 1);
        JsonNode detail = api.asAdmin().get("/api/admin/bookings/" + started.bookingId()).json();
        assertThat(detail.get("payments").get(0).get("amount").asLong()).isEqualTo(28300);
    }

    @Test
    void aRefundThatArrivesBeforeTheSuccessLeavesThePaymentRefunded() {
        Started started = startDeposit();
        webhook(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), started.paymentIntentId(), started.amount(),
                started.amount()), null, true);
        webhook(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), started.paymentIntentId(), started.amount()),
                null, true);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode payment = payment(started.paymentIntentId());
            assertThat(payment.get("status").asString()).isEqualTo("refunded");
            assertThat(payment.get("refunded_amount").asLong()).isEqualTo(started.amount());
            assertThat(bookingRow(started.bookingId()).get("payment_status").asString()).isEqualTo("refunded");
        });
    }

    @Test
    void anEventForAPaymentNotYetRecordedFailsVisiblyAndIsRetriedUntilItApplies() {
        String bookingId = api.post("/api/bookings", JSON.writeValueAsString(CheckoutTests.bookingForm()))
                .json().get("id").asString();
        String expectedIntent = "pi_booking_" + bookingId + "_deposit_28300";
        String eventId = "evt_" + UUID.randomUUID();
        webhook(StripeEvents.paymentSucceeded(eventId, expectedIntent, 28300), null, true);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode pending = api.asAdmin().get("/api/admin/payments/webhooks").json().get("events");
            JsonNode event = java.util.stream.StreamSupport.stream(pending.spliterator(), false)
                    .filter(e -> e.get("id").asString().equals(eventId)).findFirst().orElseThrow();
            assertThat(event.get("attempts").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(event.get("last_error").asString()).contains("No payment is recorded");
        });

        Response intent = api.post("/api/payments/create-intent",
                "{\"bookingId\":\"" + bookingId + "\",\"paymentType\":\"deposit\"}");
        assertThat(intent.json().get("paymentIntentId").asString()).isEqualTo(expectedIntent);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(bookingRow(bookingId).get("payment_status").asString()).isEqualTo("deposit_paid"));
        assertThat(api.asAdmin().get("/api/admin/payments/webhooks").body()).doesNotContain(eventId);
    }

    @Test
    void aFailedAttemptAndADisputeAreRecorded() {
        Started started = startDeposit();
        webhook(StripeEvents.paymentFailed("evt_" + UUID.randomUUID(), started.paymentIntentId(), "Your card was declined."),
                null, true);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(payment(started.paymentIntentId()).get("status").asString()).isEqualTo("failed");
            assertThat(bookingRow(started.bookingId()).get("payment_status").asString()).isEqualTo("failed");
        });

        webhook(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), started.paymentIntentId(), started.amount()),
                null, true);
        webhook(StripeEvents.disputeCreated("evt_" + UUID.randomUUID(), started.paymentIntentId(), started.amount()),
                null, true);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode payment = payment(started.paymentIntentId());
            assertThat(payment.get("status").asString()).as("a retried card can still succeed").isEqualTo("succeeded");
            assertThat(payment.get("disputed").asBoolean()).isTrue();
        });
    }

    private Started startDeposit() {
        Response response = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", CheckoutTests.bookingForm())));
        assertThat(response.status()).isEqualTo(200);
        return new Started(response.json().get("bookingId").asString(),
                response.json().get("paymentIntentId").asString(), response.json().get("amount").asLong());
    }

    private JsonNode payment(String paymentIntentId) {
        JsonNode payments = api.asAdmin().get("/api/admin/payments?limit=200").json().get("payments");
        return java.util.stream.StreamSupport.stream(payments.spliterator(), false)
                .filter(p -> p.get("payment_intent_id").asString().equals(paymentIntentId)).findFirst().orElseThrow();
    }

    private JsonNode bookingRow(String bookingId) {
        return api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking");
    }

    private Response webhook(String payload, String signature) {
        return webhook(payload, signature, false);
    }

    private Response webhook(String payload, String signature, boolean signNow) {
        Map<String, String> headers = signNow ? StripeEvents.signedHeaders(payload)
                : signature == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Stripe-Signature", signature);
        return api.send("POST", "/api/payments/webhook", payload, headers);
    }

    private record Started(String bookingId, String paymentIntentId, long amount) {
    }
}
