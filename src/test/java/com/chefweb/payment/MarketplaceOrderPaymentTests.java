package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;




import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.shared.money.Money;
import com.chefweb.payment.events.MarketplaceOrderPaid;
import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.StripeEvents;
import com.chefweb.support.TestAccounts;

/**
 * Marketplace orders are paid through their parent Order: a Stripe Checkout page whose payment goes to the chef's
 * connected account less the configured platform fee (10%), with order_type and order_id in Stripe's metadata, and
 * paid once when Stripe says so. The order's owner is played by the test, announcing the order as it will.
 */
class MarketplaceOrderPaymentTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PublishedEventLog published;

    HttpApi api;


    @BeforeEach
    void setUp() {
        FakeStripe.reset();
        api = new HttpApi(port);
    }

    @Test
    void anOrderIsPaidToTheChefsAccountLessThePlatformFeeAndMarkedPaidOnce() {
        UUID chefId = activeChef();
        Customer customer = customer();
        UUID orderId = placeOrder(chefId, customer, MarketplaceOrderType.SERVICE, 12_000);

        var checkout = customer.api().post("/api/payments/orders/" + orderId + "/checkout", "{}");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        assertThat(checkout.json().get("session_url").asString()).startsWith("https://checkout.stripe.test/c/pay/cs_");
        String form = URLDecoder.decode(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/checkout/sessions"))).getLast().getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(form).contains("line_items[0][price_data][unit_amount]=12000",
                "payment_intent_data[application_fee_amount]=1200",
                "payment_intent_data[transfer_data][destination]=acct_connect-account_" + chefId,
                "payment_intent_data[metadata][order_type]=service",
                "payment_intent_data[metadata][order_id]=" + orderId,
                "customer_email=" + customer.email());
        assertThat(customer.api().get("/api/payments/orders/" + orderId).json().get("is_paid").asBoolean()).isFalse();
        assertThat(customer.api().post("/api/payments/orders/" + orderId + "/checkout", "{}").json()
                .get("session_url").asString()).as("the open page again, not a second one to pay")
                .isEqualTo(checkout.json().get("session_url").asString());
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")))).hasSize(1);

        String intent = "pi_order_" + UUID.randomUUID().toString().replace("-", "");
        String paid = orderPaid(intent, orderId, "service", 12_000);
        webhook(paid);
        webhook(orderPaid(intent, orderId, "service", 12_000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode status = customer.api().get("/api/payments/orders/" + orderId).json();
            assertThat(status.get("is_paid").asBoolean()).isTrue();
            assertThat(status.get("status").asString()).isEqualTo("paid");
        });
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                published.ofType(MarketplaceOrderPaid.class).stream()
                .filter(order -> order.orderId().equals(orderId))).singleElement().satisfies(order -> {
                    assertThat(order.platformFee()).isEqualTo(Money.ofMinor(1200, "USD"));
                    assertThat(order.chefId()).isEqualTo(chefId);
                }));
        var again = customer.api().post("/api/payments/orders/" + orderId + "/checkout", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asString()).isEqualTo("Order is paid; cannot create checkout session");
    }

    @Test
    void aSecondPaymentOfAnOrderGoesBackFromTheChefAndADisputeReachesTheInbox() {
        UUID chefId = activeChef();
        Customer customer = customer();
        UUID orderId = placeOrder(chefId, customer, MarketplaceOrderType.CHEF_MEAL, 4_000);
        String first = "pi_order_" + UUID.randomUUID().toString().replace("-", "");
        String second = "pi_order_" + UUID.randomUUID().toString().replace("-", "");
        webhook(orderPaid(first, orderId, "chef_meal", 4_000));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                customer.api().get("/api/payments/orders/" + orderId).json().get("is_paid").asBoolean());

        webhook(orderPaid(second, orderId, "chef_meal", 4_000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var refunds = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
            assertThat(refunds).hasSize(1);
            assertThat(refunds.getFirst().getBodyAsString()).contains("payment_intent=" + second,
                    "reverse_transfer=true", "refund_application_fee=true");
        });
        assertThat(published.ofType(MarketplaceOrderPaid.class).stream()
                .filter(order -> order.orderId().equals(orderId))).hasSize(1);

        webhook(StripeEvents.disputeCreated("evt_" + UUID.randomUUID(), first, 4_000));
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.asAdmin().get("/api/admin/payments/webhooks").json().get("events"))
                        .as("the dispute was applied, not left failing").isEmpty());
    }

    @Test
    void aChefWhoCannotTakePaymentsYetGetsNoCheckoutAndOthersCannotPayTheOrder() {
        UUID chefId = UUID.randomUUID();
        Customer customer = customer();
        UUID orderId = placeOrder(chefId, customer, MarketplaceOrderType.CHEF_MEAL, 3_500);

        var refused = customer.api().post("/api/payments/orders/" + orderId + "/checkout", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("cannot take payments yet");

        var stranger = customer().api().post("/api/payments/orders/" + orderId + "/checkout", "{}");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")))).isEmpty();
    }

    private UUID placeOrder(UUID chefId, Customer customer, MarketplaceOrderType type, long cents) {
        UUID orderId = UUID.randomUUID();
        long number = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
        transactions.executeWithoutResult(status -> events.publishEvent(new MarketplaceOrderPlaced(orderId, number,
                number, type, chefId, customer.id(), customer.email(), "Weekly meal prep for 2",
                Money.ofMinor(cents, "USD"), Instant.now().plus(java.time.Duration.ofDays(9)), "America/Los_Angeles",
                Instant.now())));
        return orderId;
    }

    /** A chef whose payout account Stripe reports as able to take payments. */
    private UUID activeChef() {
        UUID chefId = UUID.randomUUID();
        String email = TestAccounts.uniqueEmail("chef");
        api.asAdmin().post("/api/admin/users", """
                {"email":"%s","name":"Sam Chef","password":"%s","role":"chef","chef_id":"%s"}"""
                .formatted(email, TestAccounts.GOOD_PASSWORD, chefId));
        HttpApi chef = api.signedIn(email, TestAccounts.GOOD_PASSWORD);
        assertThat(chef.post("/meals/api/stripe-account-link/", "{}").status()).isEqualTo(200);
        webhook(StripeEvents.accountUpdated("evt_" + UUID.randomUUID(), "acct_connect-account_" + chefId, true,
                Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                chef.get("/meals/api/stripe-account-status/").json().get("is_active").asBoolean());
        return chefId;
    }

    private Customer customer() {
        String email = TestAccounts.uniqueEmail("customer");
        HttpApi signedIn = com.chefweb.support.SignUpLinks.storefrontCustomer(api, published, email, "Robin Diner");
        UUID id = UUID.fromString(signedIn.get("/api/auth/me").json().get("id").asString());
        return new Customer(id, email, signedIn);
    }

    private static String orderPaid(String intent, UUID orderId, String type, long cents) {
        return StripeEvents.event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", """
                {"id":"%s","object":"payment_intent","amount":%d,"currency":"usd","status":"succeeded",
                 "metadata":{"order_type":"%s","order_id":"%s"}}""".formatted(intent, cents, type, orderId));
    }

    private void webhook(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload)).status())
                .isEqualTo(200);
    }

    private record Customer(UUID id, String email, HttpApi api) {
    }
}
