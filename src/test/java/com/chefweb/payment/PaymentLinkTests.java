package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.notify.outbox.Outbox;
import com.chefweb.payment.domain.BalanceCharges;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;

/**
 * Payment links: a booking made to pay later is emailed a link (through the real SendGrid client), the link opens a
 * Stripe checkout for what is due at that moment, the payment made there is recognised from its webhook alone, and
 * a balance that cannot be charged sends the customer a link and the admins an alert.
 */
class PaymentLinkTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("(http://\\S+/api/payments/link/[\\w.-]+)");

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    Outbox outbox;

    @Autowired
    BalanceCharges balances;

    HttpApi api;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new HttpApi(port);
    }

    @Test
    void aPayLaterBookingIsEmailedALinkThatOpensACheckoutForTheDeposit() {
        Placed booking = placePayLater(30 + (int) (Math.random() * 300));

        String link = emailedLink(booking.email(), "Pay for your booking " + booking.confirmation());
        var followed = api.get(path(link));
        assertThat(followed.status()).isEqualTo(303);
        assertThat(followed.header("Location")).startsWith("https://checkout.stripe.test/c/pay/cs_");

        List<LoggedRequest> sessions = checkoutRequests();
        assertThat(sessions).hasSize(1);
        String form = URLDecoder.decode(sessions.getFirst().getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("line_items[0][price_data][unit_amount]=28300", "mode=payment",
                "payment_intent_data[metadata][booking_id]=" + booking.id(),
                "payment_intent_data[metadata][purpose]=deposit",
                "payment_intent_data[setup_future_usage]=off_session",
                "success_url=http://localhost:8080/booking-lookup.html?payment=success");

        assertThat(api.get(path(link)).header("Location")).as("the open page is handed out again")
                .isEqualTo(followed.header("Location"));
        assertThat(checkoutRequests()).hasSize(1);

        var full = api.get(path(link) + "?option=full");
        assertThat(full.status()).isEqualTo(303);
        assertThat(URLDecoder.decode(checkoutRequests().getLast().getBodyAsString(), StandardCharsets.UTF_8))
                .contains("unit_amount]=113100", "metadata][purpose]=full");
        String firstSession = followed.header("Location").substring(followed.header("Location").lastIndexOf('/') + 1);
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/checkout/sessions/" + firstSession + "/expire")))).as("the deposit page can no longer be paid")
                .hasSize(1);

        var depositAgain = api.get(path(link));
        assertThat(depositAgain.header("Location")).as("a new page, not the closed one replayed")
                .isNotEqualTo(followed.header("Location")).isNotEqualTo(full.header("Location"));
        assertThat(checkoutRequests()).hasSize(3);
    }

    @Test
    void aBalanceBeingPaidThroughItsLinkIsNotChargedToTheSavedCardAsWell() {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        // a day no other test here books, so both crews are free
        form.put("eventDate", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(9).toString());
        form.put("eventTime", "11:00");
        var response = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var started = response.json();
        String bookingId = started.get("bookingId").asString();
        String deposit = StripeEvents.paymentSucceededWithCard("evt_" + UUID.randomUUID(),
                started.get("paymentIntentId").asString(), 28300, "pm_card_visa");
        api.send("POST", "/api/payments/webhook", deposit, StripeEvents.signedHeaders(deposit, clock.instant()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("deposit_paid"));
        clock.advance(Duration.ofDays(8));
        String link = api.asAdmin().post("/api/admin/payments/payment-link",
                JSON.writeValueAsString(Map.of("booking_id", bookingId))).json().get("url").asString();
        // payment's copies (the deposit, the booking) arrive through listeners, a moment after the booking's
        String page = await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get(path(link)), answer -> answer.status() == 303).header("Location");
        String session = page.substring(page.lastIndexOf('/') + 1);
        // the customer has just paid on that page: Stripe will not expire a completed session
        FakeStripe.server().stubFor(WireMock.post(urlPathEqualTo("/v1/checkout/sessions/" + session + "/expire"))
                .atPriority(1).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"complete\"}}")));

        assertThat(balances.chargeDueBalances()).as("the card is left alone while the page's payment lands").isZero();
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("off_session=true")))).isEmpty();
    }

    @Test
    void aPaymentMadeOnTheCheckoutPageIsRecognisedFromItsWebhookAndTheLinkThenAsksForTheBalance() {
        Placed booking = placePayLater(30 + (int) (Math.random() * 300));
        String link = emailedLink(booking.email(), "Pay for your booking");
        assertThat(api.get(path(link)).status()).isEqualTo(303);

        String intent = "pi_checkout_" + UUID.randomUUID().toString().replace("-", "");
        String payload = StripeEvents.checkoutPaymentSucceeded("evt_" + UUID.randomUUID(), intent, 28300,
                booking.id(), "deposit", "pm_card_visa");
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload, clock.instant()))
                .status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode admin = api.asAdmin().get("/api/admin/bookings/" + booking.id()).json().get("booking");
            assertThat(admin.get("payment_status").asString()).isEqualTo("deposit_paid");
            assertThat(admin.get("status").asString()).isEqualTo("confirmed");
        });

        var balance = api.get(path(link));
        assertThat(balance.status()).isEqualTo(303);
        assertThat(URLDecoder.decode(checkoutRequests().getLast().getBodyAsString(), StandardCharsets.UTF_8))
                .contains("unit_amount]=84800", "metadata][purpose]=balance");
    }

    @Test
    void aLinkThatIsNotOursOrForACancelledBookingOpensNoCheckout() {
        Placed booking = placePayLater(30 + (int) (Math.random() * 300));
        String link = emailedLink(booking.email(), "Pay for your booking");

        var forged = api.get(path(link).substring(0, path(link).length() - 3) + "abc");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.json().get("error").asString()).isEqualTo("This payment link is not valid");

        assertThat(api.post("/api/bookings/" + booking.id() + "/cancel", JSON.writeValueAsString(Map.of(
                "email", booking.email(), "reason", "change_of_plans"))).status()).isEqualTo(200);
        // payment hears of the cancellation through its copy of the booking, a moment after the customer's answer
        var cancelled = await().atMost(Duration.ofSeconds(10))
                .until(() -> api.get(path(link)), answer -> answer.status() != 303);
        assertThat(cancelled.status()).isEqualTo(410);
        assertThat(cancelled.body()).contains("was cancelled, so there is nothing to pay");
        assertThat(checkoutRequests()).isEmpty();
    }

    @Test
    void aPayLaterBalanceThatFallsDueIsRemindedOnceWithALinkForTheTotal() {
        Placed booking = placePayLater(10);
        emailedLink(booking.email(), "Pay for your booking");

        clock.advance(Duration.ofDays(9));
        balances.chargeDueBalances();
        balances.chargeDueBalances();

        String link = emailedLink(booking.email(), "Your balance is due: booking " + booking.confirmation());
        outbox.sendDue();
        assertThat(FakeSendGrid.mailsTo(booking.email())).as("one link at booking, one reminder").hasSize(2);
        assertThat(api.get(path(link)).status()).isEqualTo(303);
        assertThat(URLDecoder.decode(checkoutRequests().getLast().getBodyAsString(), StandardCharsets.UTF_8))
                .as("the balance is due, so the whole total").contains("unit_amount]=113100", "purpose]=full");
    }

    @Test
    void aDeclinedBalanceSendsTheCustomerALinkAndTheAdminsAnAlert() {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        form.put("eventDate", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(10).toString());
        var started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        String bookingId = started.get("bookingId").asString();
        String payload = StripeEvents.paymentSucceededWithCard("evt_" + UUID.randomUUID(),
                started.get("paymentIntentId").asString(), 28300, "pm_card_declining");
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload, clock.instant()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/bookings/" + bookingId).json().get("booking")
                        .get("payment_status").asString()).isEqualTo("deposit_paid"));
        FakeStripe.server().stubFor(WireMock.post(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("off_session=true"))
                .willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                         "message":"Your card has insufficient funds."}}""")));

        clock.advance(Duration.ofDays(9));
        assertThat(balances.chargeDueBalances()).isEqualTo(1);

        String email = (String) form.get("contactEmail");
        String link = emailedLink(email, "Action needed: balance for booking");
        String text = FakeSendGrid.text(FakeSendGrid.mailsTo(email).stream()
                .filter(mail -> mail.path("subject").asString("").startsWith("Action needed")).findFirst().orElseThrow());
        assertThat(text).contains("insufficient funds", "Due now: $848.00");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            outbox.sendDue();
            assertThat(FakeSendGrid.mailsTo(FakeSendGrid.ADMIN)).anySatisfy(alert -> assertThat(
                    FakeSendGrid.text(alert)).contains("$848.00", "could not be charged", email));
        });
        assertThat(api.get(path(link)).status()).isEqualTo(303);
        assertThat(URLDecoder.decode(checkoutRequests().getLast().getBodyAsString(), StandardCharsets.UTF_8))
                .contains("unit_amount]=84800", "purpose]=balance");
    }

    @Test
    void staffCanSendALinkAgainAndAreToldWhenNothingIsDue() {
        Placed booking = placePayLater(30 + (int) (Math.random() * 300));
        HttpApi admin = api.asAdmin();

        var issued = admin.post("/api/admin/payments/payment-link",
                JSON.writeValueAsString(Map.of("booking_id", booking.id())));
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().get("url").asString()).contains("/api/payments/link/" + booking.id() + ".");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            outbox.sendDue();
            assertThat(FakeSendGrid.mailsTo(booking.email())).hasSize(2);
        });

        var unknown = admin.post("/api/admin/payments/payment-link",
                JSON.writeValueAsString(Map.of("booking_id", UUID.randomUUID())));
        assertThat(unknown.status()).isEqualTo(404);
        var missing = admin.post("/api/admin/payments/payment-link", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("booking_id");
        assertThat(api.post("/api/admin/payments/payment-link",
                JSON.writeValueAsString(Map.of("booking_id", booking.id()))).status()).isEqualTo(401);
    }

    private Placed placePayLater(int daysAhead) {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        form.put("eventDate", LocalDate.now(clock.withZone(ZoneId.of("America/Los_Angeles"))).plusDays(daysAhead)
                .toString());
        form.put("paymentOption", "later");
        var created = api.post("/api/bookings", JSON.writeValueAsString(form));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        return new Placed(body.get("bookingId").asString(), body.get("confirmationNumber").asString(),
                (String) form.get("contactEmail"));
    }

    /** Waits for an email whose subject starts as given, and returns the payment link in it. */
    private String emailedLink(String recipient, String subject) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            outbox.sendDue();
            return FakeSendGrid.mailsTo(recipient).stream()
                    .filter(mail -> mail.path("subject").asString("").startsWith(subject))
                    .map(FakeSendGrid::text)
                    .map(LINK::matcher)
                    .filter(Matcher::find)
                    .map(found -> found.group(1))
                    .reduce((first, last) -> last).orElse(null);
        }, java.util.Objects::nonNull);
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/api/"));
    }

    private static List<LoggedRequest> checkoutRequests() {
        return FakeStripe.server().findAll(postRequestedFor(urlPathMatching("/v1/checkout/sessions")));
    }

    private record Placed(String id, String confirmation, String email) {
    }
}
