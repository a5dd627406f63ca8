package com.chefweb.notify;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.notify.outbox.Outbox;
import com.chefweb.payment.CheckoutTests;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;

/**
 * The emails of a booking's life, as SendGrid receives them: the admins hear of every new booking (allergies
 * first), the customer gets a receipt that confirms the party, and a cancellation says what comes back and then
 * that it did.
 */
class CustomerEmailTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    MovableClock clock;

    @Autowired
    EventPublicationRepository publications;

    HttpApi api;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new HttpApi(port);
    }

    @Test
    void aPaidDepositGetsAReceiptThatConfirmsThePartyAndTheAdminsHearOfTheAllergy() {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        form.put("eventDate", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(20).toString());
        form.put("eventTime", "18:00");
        form.put("hasAllergies", true);
        form.put("allergies", "Shellfish, severe");
        JsonNode started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        String confirmation = started.get("confirmationNumber").asString();
        String customer = (String) form.get("contactEmail");

        JsonNode alert = firstMail(FakeSendGrid.ADMIN, "[Allergy] New booking " + confirmation);
        assertThat(FakeSendGrid.text(alert)).contains("ALLERGY ALERT: Shellfish, severe", "Guests: 14",
                "Total: $1,131.00", "Paying: deposit by card", customer);
        assertThat(FakeSendGrid.mailsTo(customer)).as("nothing to the customer before Stripe says paid").isEmpty();

        paid(started.get("paymentIntentId").asString(), 28300);
        String receipt = FakeSendGrid.text(firstMail(customer, "Payment received: booking " + confirmation));
        assertThat(receipt).contains("Hi Casey,", "Your party is confirmed!", "Paid now: $283.00",
                "Booking total: $1,131.00", "at 6:00 PM PST", "we will charge it to the same card then");
    }

    @Test
    void aCancellationSaysWhatIsRefundedAndTheRefundIsConfirmedWhenStripeReportsIt() {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        JsonNode started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        String bookingId = started.get("bookingId").asString();
        String confirmation = started.get("confirmationNumber").asString();
        String intent = started.get("paymentIntentId").asString();
        String customer = (String) form.get("contactEmail");
        paid(intent, 28300);
        firstMail(customer, "Payment received");

        assertThat(api.post("/api/bookings/" + bookingId + "/cancel", JSON.writeValueAsString(Map.of(
                "email", customer, "reason", "change_of_plans"))).status()).isEqualTo(200);
        String cancelled = FakeSendGrid.text(firstMail(customer, "Booking " + confirmation + " cancelled"));
        assertThat(cancelled).contains("We are refunding $283.00 (100% of what you paid)");

        await().atMost(Duration.ofSeconds(10)).until(() ->
                !FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))).isEmpty());
        webhook(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), intent, 28300, 28300));
        String refunded = FakeSendGrid.text(firstMail(customer, "Refund issued: booking " + confirmation));
        assertThat(refunded).contains("We refunded $283.00 of your $283.00 deposit payment");

        webhook(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), intent, 28300, 28300));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            outbox.sendDue();
            List<JsonNode> mails = FakeSendGrid.mailsTo(customer);
            assertThat(mails.stream().filter(mail -> mail.path("subject").asString().startsWith("Refund issued")))
                    .as("Stripe repeating itself is not news").hasSize(1);
        });
    }

    @Test
    void aPaymentThatLandsAfterTheCancellationIsNotReceiptedAsAConfirmation() {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        JsonNode started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        String intent = started.get("paymentIntentId").asString();
        String customer = (String) form.get("contactEmail");
        // a bank payment already under way: Stripe refuses to cancel it, and it succeeds later
        FakeStripe.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo("/v1/payment_intents/" + intent + "/cancel")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"processing\"}}")));
        api.post("/api/bookings/" + started.get("bookingId").asString() + "/cancel",
                JSON.writeValueAsString(Map.of("email", customer, "reason", "")));
        firstMail(customer, "Booking " + started.get("confirmationNumber").asString() + " cancelled");

        paid(intent, 28300);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))).isEmpty());
        // once notifications have handled the late payment, whatever they wrote has been queued
        await().atMost(Duration.ofSeconds(10)).until(() -> publications.findCompletedPublications().stream()
                .anyMatch(done -> done.getEvent() instanceof PaymentSucceeded succeeded
                        && succeeded.bookingId().toString().equals(started.get("bookingId").asString())
                        && done.getTargetIdentifier().getValue().contains("BookingEmails")));
        outbox.sendDue();
        assertThat(FakeSendGrid.mailsTo(customer)).noneSatisfy(mail ->
                assertThat(mail.path("subject").asString()).startsWith("Payment received"));
    }

    private void paid(String intent, long amount) {
        webhook(StripeEvents.paymentSucceededWithCard("evt_" + UUID.randomUUID(), intent, amount, "pm_card_visa"));
    }

    private void webhook(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload, clock.instant()))
                .status()).isEqualTo(200);
    }

    private JsonNode firstMail(String recipient, String subjectStart) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            outbox.sendDue();
            return FakeSendGrid.mailsTo(recipient).stream()
                    .filter(mail -> mail.path("subject").asString("").startsWith(subjectStart))
                    .findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }
}
