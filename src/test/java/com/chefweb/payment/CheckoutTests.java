package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;


import tools.jackson.databind.json.JsonMapper;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/**
 * The storefront's checkout against a faked Stripe HTTP API: the real stripe-java client sends the server's
 * amount, whatever the page computed, with an idempotency key that makes a retried submit harmless.
 */
public class CheckoutTests extends FakeStripeAndSendGrid {

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
    void thePagesFindCardPaymentsOnAtBothPaths() {
        for (String path : List.of("/api/config/stripe", "/api/payments/config/stripe")) {
            var config = api.get(path).json();
            assertThat(config.get("publishableKey").asString()).isEqualTo("pk_test_fake");
            assertThat(config.get("configured").asBoolean()).isTrue();
        }
    }

    @Test
    void theCheckoutPlacesTheBookingAndChargesTheServersDepositNotThePagesAmount() {
        Map<String, Object> form = bookingForm();

        Response response = createIntent(form, 100);

        assertThat(response.status()).isEqualTo(200);
        String bookingId = response.json().get("bookingId").asString();
        assertThat(response.json().get("clientSecret").asString()).contains("_secret_");
        assertThat(response.json().get("client_secret").asString()).isEqualTo(response.json().get("clientSecret").asString());
        assertThat(response.json().get("amount").asLong()).as("25% of 1131, in cents").isEqualTo(28300);
        assertThat(response.json().get("confirmationNumber").asString()).startsWith("CHEF-");
        List<LoggedRequest> sent = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
        assertThat(sent).hasSize(1);
        LoggedRequest stripeRequest = sent.getFirst();
        assertThat(stripeRequest.getBodyAsString()).contains("amount=28300", "currency=usd",
                "setup_future_usage=off_session", "metadata[booking_id]=" + bookingId, "metadata[purpose]=deposit",
                "metadata[order_type]=booking");
        assertThat(stripeRequest.getHeader("Idempotency-Key")).isEqualTo("booking:" + bookingId + ":deposit:28300");
        assertThat(stripeRequest.getHeader("Authorization")).isEqualTo("Bearer sk_test_fake");
    }

    @Test
    void aRetriedSubmitMakesNoSecondBookingAndReusesTheSameIntent() {
        Map<String, Object> form = bookingForm();
        int before = bookings();

        Response first = createIntent(form, 28300);
        Response retry = createIntent(form, 28300);

        assertThat(retry.json().get("bookingId").asString()).isEqualTo(first.json().get("bookingId").asString());
        assertThat(retry.json().get("paymentIntentId").asString()).isEqualTo(first.json().get("paymentIntentId").asString());
        assertThat(bookings()).isEqualTo(before + 1);
        FakeStripe.server().verify(2, postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", equalTo("booking:" + first.json().get("bookingId").asString() + ":deposit:28300")));
    }

    @Test
    void theSameKeyWithAnotherFormIsRefusedAndChargesNothing() {
        String key = "checkout-" + java.util.UUID.randomUUID();
        Map<String, Object> form = bookingForm();
        Response first = api.send("POST", "/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form)), Map.of("Idempotency-Key", key, "Content-Type", "application/json"));
        assertThat(first.status()).isEqualTo(200);
        int intentsBefore = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))).size();

        Map<String, Object> changed = new LinkedHashMap<>(form);
        changed.put("numAdults", 20);
        Response reused = api.send("POST", "/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", changed)), Map.of("Idempotency-Key", key, "Content-Type", "application/json"));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("error").asString()).contains("already used for a different booking");
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))))
                .as("the first booking is not charged for the second form").hasSize(intentsBefore);
    }

    @Test
    void anEmptyAddOnInTheFormIsAFieldErrorNotAFault() {
        Map<String, Object> form = new LinkedHashMap<>(bookingForm());
        form.put("addons", java.util.Arrays.asList((Object) null));

        Response response = createIntent(form, 28300);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("addons[0].id");
    }

    @Test
    void payingInFullChargesTheServersTotal() {
        Response response = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "amount", 1, "currency", "usd", "paymentType", "full", "bookingData", bookingForm())));

        assertThat(response.json().get("amount").asLong()).isEqualTo(113100);
        FakeStripe.server().verify(postRequestedFor(urlPathEqualTo("/v1/payment_intents"))
                .withRequestBody(containing("amount=113100")));
    }

    @Test
    void anInvalidBookingFormLeavesNoBookingAndCallsNoStripe() {
        int before = bookings();
        Map<String, Object> form = new LinkedHashMap<>(bookingForm());
        form.put("contactEmail", "not-an-email");

        Response response = createIntent(form, 28300);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("contactEmail");
        assertThat(bookings()).isEqualTo(before);
        FakeStripe.server().verify(0, postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
    }

    @Test
    void whenStripeFailsTheRetriesCarryTheSameKeyAndTheCustomerIsToldToTryAgain() {
        FakeStripe.server().stubFor(WireMock.post(urlPathEqualTo("/v1/payment_intents"))
                .willReturn(WireMock.aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"api_error\",\"message\":\"boom\"}}")));

        Response response = createIntent(bookingForm(), 28300);

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("error").asString()).contains("try again");
        List<LoggedRequest> attempts = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/payment_intents")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts.stream().map(r -> r.getHeader("Idempotency-Key")).distinct()).hasSize(1);
    }

    @Test
    void switchingToPayInFullCancelsTheUnpaidDepositSoTheCustomerCannotPayTwice() {
        Response deposit = createIntent(bookingForm(), 28300);
        String bookingId = deposit.json().get("bookingId").asString();

        Response full = api.post("/api/payments/create-intent",
                "{\"bookingId\":\"" + bookingId + "\",\"paymentType\":\"full\"}");

        assertThat(full.status()).isEqualTo(200);
        String depositIntent = deposit.json().get("paymentIntentId").asString();
        FakeStripe.server().verify(1, postRequestedFor(urlPathEqualTo("/v1/payment_intents/" + depositIntent + "/cancel")));
        var payments = api.asAdmin().get("/api/admin/payments?limit=200").json().get("payments");
        var statuses = java.util.stream.StreamSupport.stream(payments.spliterator(), false)
                .filter(p -> p.get("booking_id").asString().equals(bookingId))
                .collect(java.util.stream.Collectors.toMap(p -> p.get("payment_type").asString(),
                        p -> p.get("status").asString()));
        assertThat(statuses).containsEntry("deposit", "canceled").containsEntry("full", "requires_payment");
    }

    private Response createIntent(Map<String, Object> form, long amount) {
        return api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "amount", amount, "currency", "usd", "paymentType", "deposit", "bookingData", form)));
    }

    private int bookings() {
        return api.asAdmin().get("/api/admin/bookings?limit=1").json().get("total").asInt();
    }

    /** The storefront's formData for a party of 12 adults and 2 children, signature, in Oakland: 1131 USD. */
    public static Map<String, Object> bookingForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("serviceState", "CA");
        form.put("city", "Oakland");
        form.put("zipCode", "94612");
        form.put("eventDate", LocalDate.now(Clock.systemUTC().withZone(ZoneId.of("America/Los_Angeles")))
                .plusDays(30 + (int) (Math.random() * 300)).toString());
        form.put("eventTime", (10 + (int) (Math.random() * 11)) + ":00");
        form.put("numAdults", 12);
        form.put("numChildren", 2);
        form.put("package", "signature");
        form.put("addons", List.of(Map.of("id", "mochi-ice-cream", "quantity", 1), Map.of("id", "cake", "quantity", 1)));
        form.put("address", "1 Lakeshore Ave");
        form.put("venueType", "home");
        form.put("contactName", "Casey Checkout");
        form.put("contactEmail", "casey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        form.put("contactPhone", "(510) 555-0199");
        form.put("agreeToTerms", true);
        form.put("paymentOption", "deposit");
        return form;
    }
}
