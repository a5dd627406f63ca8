package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;



import tools.jackson.databind.json.JsonMapper;
import org.springframework.modulith.events.core.EventPublicationRepository;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.payment.domain.BalanceCharges;
import com.chefweb.payment.domain.Reconciliation;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;
import com.chefweb.booking.events.BookingModified;

/**
 * Payment's scheduled jobs: the balance is charged to the card saved with the deposit when it falls due (once, and a
 * decline is recorded), and reconciliation flags payments whose record differs from Stripe.
 */
class ScheduledPaymentJobsTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    BalanceCharges balances;

    @Autowired
    Reconciliation reconciliation;

    HttpApi api;


    @BeforeEach
    void setUp() {
        FakeStripe.reset();
        clock.set(Instant.now());
        api = new HttpApi(port);
    }

    @Test
    void theBalanceIsChargedOffSessionOnceWhenItFallsDue() {
        String bookingId = paidDeposit("pm_card_visa");
        balances.chargeDueBalances();
        assertThat(balanceCharges(bookingId)).as("not due yet").isEmpty();

        clock.advance(Duration.ofDays(9));
        balances.chargeDueBalances();
        assertThat(balanceCharges(bookingId)).hasSize(1);
        balances.chargeDueBalances();

        List<LoggedRequest> charges = balanceCharges(bookingId);
        assertThat(charges).as("never twice").hasSize(1);
        assertThat(charges.getFirst().getBodyAsString()).contains("amount=84800", "confirm=true",
                "payment_method=pm_card_visa", "customer=cus_customer_" + bookingId, "metadata[purpose]=balance");
        assertThat(charges.getFirst().getHeader("Idempotency-Key")).isEqualTo("booking:" + bookingId + ":balance-auto:84800");

        String balanceIntent = "pi_booking_" + bookingId + "_balance-auto_84800";
        String payload = StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), balanceIntent, 84800);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload, clock.instant()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("paid"));
    }

    @Test
    void aDeclinedBalanceIsRecordedAndNotRetried() {
        String bookingId = paidDeposit("pm_card_declining");
        FakeStripe.server().stubFor(WireMock.post(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("off_session=true"))
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                         "message":"Your card has insufficient funds."}}""")));
        clock.advance(Duration.ofDays(9));

        balances.chargeDueBalances();
        balances.chargeDueBalances();
        assertThat(balanceCharges(bookingId)).as("tried once, not retried").hasSize(1);

        var payments = api.asAdmin().get("/api/admin/payments?status=failed&limit=200").json().get("payments");
        assertThat(java.util.stream.StreamSupport.stream(payments.spliterator(), false)
                .filter(p -> p.get("booking_id").asString().equals(bookingId)).findFirst().orElseThrow()
                .get("failure_message").asString()).contains("insufficient funds");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).as("the deposit stays paid").isEqualTo("deposit_paid"));
    }

    @Test
    void aPaymentStripeSaysSucceededWithoutAWebhookIsFlaggedOnceForAdmins() {
        var started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", CheckoutTests.bookingForm()))).json();
        String intent = started.get("paymentIntentId").asString();
        FakeStripe.server().stubFor(WireMock.get(urlPathEqualTo("/v1/payment_intents/" + intent)).willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"id\":\"" + intent + "\",\"object\":\"payment_intent\",\"amount\":28300,"
                                + "\"currency\":\"usd\",\"status\":\"succeeded\"}")));
        reconciliation.reconcile();
        HttpApi admin = api.asAdmin();
        assertThat(admin.get("/api/admin/payments/reconciliation").body()).as("too young to judge").doesNotContain(intent);

        clock.advance(Duration.ofMinutes(15));
        assertThat(reconciliation.reconcile()).isPositive();
        assertThat(reconciliation.reconcile()).as("each difference is flagged once").isZero();

        var flags = admin.get("/api/admin/payments/reconciliation").json().get("flags");
        var flag = java.util.stream.StreamSupport.stream(flags.spliterator(), false)
                .filter(f -> f.get("payment_intent_id").asString().equals(intent)).findFirst().orElseThrow();
        assertThat(flag.get("stripe_status").asString()).isEqualTo("succeeded");
        assertThat(flag.get("our_status").asString()).isEqualTo("requires_payment");
        assertThat(flag.get("note").asString()).contains("webhook may be missing");
        assertThat(admin.post("/api/admin/payments/reconciliation/" + flag.get("id").asLong() + "/resolve", "")
                .status()).isEqualTo(200);
        assertThat(admin.get("/api/admin/payments/reconciliation").body()).doesNotContain(intent);
    }

    @Test
    void movingTheEventLaterMovesWhenTheBalanceIsCharged() {
        String bookingId = paidDeposit("pm_card_visa");
        String email = api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                .get("contact_email").asString();
        String later = LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(40).toString();
        assertThat(api.patch("/api/bookings/" + bookingId + "/modify", JSON.writeValueAsString(Map.of(
                "email", email, "eventDate", later, "eventTime", "18:00:00", "numAdults", 12, "numChildren", 2)))
                .status()).isEqualTo(200);
        // payment hears of the change after booking commits it; the customer could not change a booking this late
        await().atMost(Duration.ofSeconds(10)).until(() -> publications.findIncompletePublications().stream()
                .noneMatch(publication -> publication.getEvent() instanceof BookingModified modified
                        && modified.bookingId().toString().equals(bookingId)));

        clock.advance(Duration.ofDays(9));

        balances.chargeDueBalances();
        assertThat(balanceCharges(bookingId)).as("the balance now falls due 38 days from the start").isEmpty();
        clock.advance(Duration.ofDays(30));
        balances.chargeDueBalances();
        assertThat(balanceCharges(bookingId)).hasSize(1);
    }

    /**
     * The off-session charges of this booking's balance Stripe was asked for. Other tests' bookings share the
     * database and may fall due when the clock moves, so the test counts only its own.
     */
    private static List<LoggedRequest> balanceCharges(String bookingId) {
        return FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("off_session=true"))
                .withHeader("Idempotency-Key", com.github.tomakehurst.wiremock.client.WireMock
                        .matching("booking:" + bookingId + ":balance-auto:.*")));
    }

    /** A booking 10 days ahead (balance due in 8) whose deposit was paid with a saved card. */
    private String paidDeposit(String paymentMethod) {
        Map<String, Object> form = new java.util.LinkedHashMap<>(CheckoutTests.bookingForm());
        form.put("eventDate", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(10).toString());
        var started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        String bookingId = started.get("bookingId").asString();
        String payload = StripeEvents.paymentSucceededWithCard("evt_" + UUID.randomUUID(),
                started.get("paymentIntentId").asString(), 28300, paymentMethod);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("deposit_paid"));
        return bookingId;
    }
}
