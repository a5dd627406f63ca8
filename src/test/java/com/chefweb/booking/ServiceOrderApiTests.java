package com.chefweb.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.StripeEvents;
import static com.chefweb.support.StripeCheckouts.lastCheckoutForm;
import static com.chefweb.support.StripeCheckouts.metadata;
import static com.chefweb.support.StripeCheckouts.orderPaid;

/**
 * Service orders as the sautai app places them (sautai-spa-contract.md §2.5.4): the tier by household size, the
 * chef's time never given twice, payment through the parent Order at a WireMock Stripe, and cancellation refunds.
 */
class ServiceOrderApiTests extends FakeStripeAndSendGrid {

    private static final ZoneId CHEF_ZONE = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    com.chefweb.booking.services.ServiceOrders serviceOrders;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void theTierFollowsTheHouseholdAndAPaidOrderIsConfirmedOnceThroughTheParentOrder() {
        Chef chef = chefWithOffering();
        Person customer = people.customer("94103");
        LocalDate day = LocalDate.now(CHEF_ZONE).plusDays(5);

        Response tooBig = customer.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":9}""".formatted(chef.offering));
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("household_size", "no price for a household of 9");

        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.customer_address"),
                DSL.field("user_id").eq(UUID.fromString(customerAccount(customer)))));
        Response draft = customer.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":3,"special_requests":"One vegetarian","address_id":7,"user_id":%d}"""
                .formatted(chef.offering, customer.chefId()));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long orderId = draft.json().get("id").asLong();
        assertThat(draft.json().get("status").asString()).isEqualTo("draft");
        assertThat(draft.json().get("address").asString()).as("the saved address the app names by its id")
                .isEqualTo("San Francisco, 94103, US");
        assertThat(draft.json().get("tier").asLong()).as("3 people: the 3-4 tier").isEqualTo(chef.largeTier);
        assertThat(draft.json().get("total_value_for_chef").decimalValue()).isEqualByComparingTo("120");
        assertThat(draft.json().get("currency").asString()).isEqualTo("USD");
        assertThat(customer.api().post("/services/orders/" + orderId + "/checkout/", "{}").status())
                .as("a draft without a date cannot be paid yet").isEqualTo(404);

        Response smaller = customer.api().patch("/services/orders/" + orderId + "/update/", """
                {"household_size":2,"service_date":"%s","service_start_time":"17:30",
                 "schedule_preferences":{"notes":"Buzz 4B"}}""".formatted(day));
        assertThat(smaller.status()).as(smaller.body()).isEqualTo(200);
        assertThat(smaller.json().get("status").asString()).isEqualTo("awaiting_payment");
        assertThat(smaller.json().get("tier").asLong()).isEqualTo(chef.smallTier);
        assertThat(smaller.json().get("service_start_time").asString()).isEqualTo("17:30");
        assertThat(smaller.json().get("schedule_preferences").get("notes").asString()).isEqualTo("Buzz 4B");
        assertThat(customer.api().patch("/services/orders/" + orderId + "/update/", """
                {"household_size":2,"service_date":"%s","service_start_time":"17:30"}""".formatted(day)).status())
                .as("the app saves the cart again before checkout: nothing changes").isEqualTo(200);

        Response checkout = customer.api().post("/services/orders/" + orderId + "/checkout", "{}");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        String form = lastCheckoutForm();
        assertThat(form).contains("line_items[0][price_data][unit_amount]=8000",
                "payment_intent_data[application_fee_amount]=800",
                "payment_intent_data[transfer_data][destination]=acct_connect-account_" + chef.person.accountId(),
                "payment_intent_data[metadata][order_type]=service");
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))))
                .as("the unchanged order kept its one page").hasSize(1);
        JsonNode waiting = customer.api().get("/services/orders/" + orderId + "/verify-payment/").json();
        assertThat(waiting.get("success").asBoolean()).isFalse();
        assertThat(waiting.get("session_status").asString()).isEqualTo("open");
        assertThat(waiting.get("payment_status").isNull()).as("the app keeps waiting").isTrue();

        String intent = "pi_service_" + UUID.randomUUID().toString().replace("-", "");
        for (int delivery = 0; delivery < 3; delivery++) {
            webhook(orderPaid(intent, "service", metadata(form, "order_id"), 8000));
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(customer.api()
                .get("/services/orders/" + orderId + "/").json().get("status").asString()).isEqualTo("confirmed"));
        JsonNode verified = customer.api().get("/services/orders/" + orderId + "/verify-payment/").json();
        assertThat(verified.get("success").asBoolean()).isTrue();
        assertThat(verified.get("status").asString()).isEqualTo("confirmed");
        assertThat(db.fetchCount(DSL.table("booking.customer_order"), DSL.field("status").eq("paid")
                .and(DSL.field("customer_user_id").eq(UUID.fromString(customerAccount(customer)))))).isEqualTo(1);

        JsonNode page = customer.api().get("/services/my/customer-orders/?status=active&page=1&page_size=10").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("results").get(0).get("offering_title").asString()).isEqualTo("Family dinner");
        assertThat(chef.person.api().get("/services/my/orders/").json()).singleElement().satisfies(row -> {
            assertThat(row.get("customer_username").asString()).isEqualTo(customer.username());
            assertThat(row.get("status").asString()).isEqualTo("confirmed");
        });

        Person stranger = people.customer("94103");
        assertThat(stranger.api().get("/services/orders/" + orderId + "/").status()).isEqualTo(404);
        assertThat(stranger.api().patch("/services/orders/" + orderId + "/update/", "{\"household_size\":1}").status())
                .isEqualTo(404);
        assertThat(stranger.api().post("/services/orders/" + orderId + "/cancel", "{}").status()).isEqualTo(404);
        assertThat(stranger.api().get("/services/orders/" + orderId + "/verify-payment/").status()).isEqualTo(404);

        Response changeConfirmed = customer.api().patch("/services/orders/" + orderId + "/update/",
                "{\"household_size\":4}");
        assertThat(changeConfirmed.status()).isEqualTo(409);
        Response cancelled = customer.api().post("/services/orders/" + orderId + "/cancel", "{}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")))).singleElement()
                    .satisfies(refund -> assertThat(refund.getBodyAsString()).contains("payment_intent=" + intent,
                            "reverse_transfer=true", "refund_application_fee=true"));
            assertThat(customer.api().get("/services/orders/" + orderId + "/").json().get("status").asString())
                    .isEqualTo("refunded");
        });
    }

    @Test
    void aChefsTimeIsNeverGivenToTwoOrdersAndAChangedUnpaidOrderIsPaidAnew() {
        Chef chef = chefWithOffering();
        Person first = people.customer("94103");
        Person second = people.customer("94103");
        LocalDate day = LocalDate.now(CHEF_ZONE).plusDays(6);
        long taken = placed(first, chef, day, "18:00");

        Response overlapping = second.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":2,"service_date":"%s","service_start_time":"19:30"}"""
                .formatted(chef.offering, day));
        assertThat(overlapping.status()).isEqualTo(409);
        assertThat(overlapping.json().get("error").asString()).contains("booked at that time");
        long later = placed(second, chef, day, "21:00");
        assertThat(later).isNotEqualTo(taken);

        first.api().post("/services/orders/" + taken + "/checkout/", "{}");
        String firstPage = metadata(lastCheckoutForm(), "order_id");
        Response moved = first.api().patch("/services/orders/" + taken + "/update/", """
                {"service_date":"%s","service_start_time":"12:00","household_size":4}""".formatted(day));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("status").asString()).isEqualTo("awaiting_payment");
        // payment hears of the change a moment later: until then a checkout still opens the old order, whose payment
        // would be refunded once the cancellation arrives
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("payment.marketplace_order"),
                DSL.field("id").eq(UUID.fromString(firstPage)).and(DSL.field("status").eq("cancelled"))));
        assertThat(first.api().post("/services/orders/" + taken + "/checkout/", "{}").status()).isEqualTo(200);
        String secondForm = lastCheckoutForm();
        assertThat(metadata(secondForm, "order_id")).as("paid through a new order").isNotEqualTo(firstPage);
        assertThat(secondForm).contains("line_items[0][price_data][unit_amount]=12000");

        Response freed = second.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":2,"service_date":"%s","service_start_time":"17:30"}"""
                .formatted(chef.offering, day));
        assertThat(freed.status()).as("the evening was given back when the order moved").isEqualTo(201);
    }

    @Test
    void anOrderLeftUnpaidPastItsHoldIsCancelledAndGivesTheChefsTimeBack() {
        Chef chef = chefWithOffering();
        Person customer = people.customer("94103");
        Person next = people.customer("94103");
        LocalDate day = LocalDate.now(CHEF_ZONE).plusDays(8);
        long held = placed(customer, chef, day, "18:00");
        assertThat(customer.api().post("/services/orders/" + held + "/checkout/", "{}").status()).isEqualTo(200);
        assertThat(customer.api().patch("/services/orders/" + held + "/update/", "{\"special_requests\":\"Nut free\"}")
                .status()).isEqualTo(200);

        serviceOrders.releaseUnpaid(java.time.Instant.now().plusSeconds(60), 10_000);

        JsonNode released = customer.api().get("/services/orders/" + held + "/").json();
        assertThat(released.get("status").asString()).isEqualTo("cancelled");
        assertThat(released.get("cancellation_reason").asString()).contains("Not paid in time");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode verified = customer.api().get("/services/orders/" + held + "/verify-payment/").json();
            assertThat(verified.get("status").asString()).isEqualTo("cancelled");
            assertThat(verified.get("payment_status").asString()).as("the app stops waiting").isEqualTo("unpaid");
        });
        assertThat(customer.api().post("/services/orders/" + held + "/checkout/", "{}").status()).isEqualTo(409);
        assertThat(next.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":2,"service_date":"%s","service_start_time":"18:00"}"""
                .formatted(chef.offering, day)).status()).as("the chef's evening is free again").isEqualTo(201);
    }

    private long placed(Person customer, Chef chef, LocalDate day, String start) {
        Response placed = customer.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":2,"service_date":"%s","service_start_time":"%s"}"""
                .formatted(chef.offering, day, start));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        assertThat(placed.json().get("status").asString()).isEqualTo("awaiting_payment");
        return placed.json().get("id").asLong();
    }

    private record Chef(Person person, long offering, long smallTier, long largeTier) {
    }

    /** A listed chef with a three-hour dinner: $80 for 1-2 people, $120 for 3-4. */
    private Chef chefWithOffering() {
        Person chef = people.chef();
        people.list(chef, "94103");
        Response offering = chef.api().post("/services/offerings/", """
                {"service_type":"home_chef","title":"Family dinner","description":"Cooked in your kitchen",
                 "default_duration_minutes":180}""");
        assertThat(offering.status()).as(offering.body()).isEqualTo(201);
        long id = offering.json().get("id").asLong();
        long small = tier(chef, id, 1, 2, 8000);
        long large = tier(chef, id, 3, 4, 12000);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchCount(DSL.table("booking.offering_tier_copy"),
                DSL.field("offering_id").eq(id).and(DSL.field("bookable", Boolean.class).isTrue())) == 2
                && db.fetchExists(DSL.table("booking.marketplace_chef"), DSL.field("chef_id").eq(chef.chefId())
                        .and(DSL.field("listed", Boolean.class).isTrue())));
        return new Chef(chef, id, small, large);
    }

    private static long tier(Person chef, long offering, int min, int max, int cents) {
        Response tier = chef.api().post("/services/offerings/" + offering + "/tiers/", """
                {"household_min":%d,"household_max":%d,"currency":"usd","desired_unit_amount_cents":%d,
                 "is_recurring":false,"active":true}""".formatted(min, max, cents));
        assertThat(tier.status()).as(tier.body()).isEqualTo(201);
        return tier.json().get("id").asLong();
    }

    private static String customerAccount(Person customer) {
        return customer.api().get("/api/auth/me").json().get("id").asString();
    }

    private void webhook(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload)).status())
                .isEqualTo(200);
    }
}
