package com.chefweb.booking;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Meal events and their orders as the sautai app uses them (sautai-spa-contract.md §2.5.5), over real HTTP, paid
 * through the parent Order at a WireMock Stripe.
 */
class MealEventApiTests extends FakeStripeAndSendGrid {

    private static final ZoneId CHEF_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter APP_CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void aChefSharesAMealCustomersOrderItPayTheChefThroughTheParentOrderAndACancellationRefundsIt() {
        Person chef = listedChef();
        long meal = meal(chef, "Jerk Chicken Plates");
        LocalDateTime start = LocalDateTime.now(CHEF_ZONE).plusDays(3).withHour(18).withMinute(0).truncatedTo(
                ChronoUnit.MINUTES);
        Response createdEvent = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"18:00","order_cutoff_time":"%s","base_price":25,
                 "min_price":0,"max_orders":12,"min_orders":0,"description":"Smoky, spicy, with rice and peas",
                 "special_instructions":"Pick up at the side door","user_id":%d}"""
                .formatted(meal, start.toLocalDate(), APP_CUTOFF.format(start.minusDays(1).withHour(12)),
                        chef.chefId()));
        assertThat(createdEvent.status()).as(createdEvent.body()).isEqualTo(201);
        assertThat(createdEvent.json().get("message").asString()).isEqualTo("Meal share created");
        JsonNode event = createdEvent.json().get("details");
        long eventId = event.get("id").asLong();
        assertThat(event.get("meal").get("id").asLong()).isEqualTo(meal);
        assertThat(event.get("meal_name").asString()).isEqualTo("Jerk Chicken Plates");
        assertThat(event.get("event_date").asString()).isEqualTo(start.toLocalDate().toString());
        assertThat(event.get("event_time").asString()).isEqualTo("18:00");
        assertThat(java.time.OffsetDateTime.parse(event.get("order_cutoff_time").asString()))
                .as("noon the day before, in the chef's zone")
                .isEqualTo(start.minusDays(1).withHour(12).atZone(CHEF_ZONE).toOffsetDateTime());
        assertThat(event.get("base_price").decimalValue()).isEqualByComparingTo("25");
        assertThat(event.get("currency").asString()).isEqualTo("USD");
        assertThat(event.get("status").asString()).isEqualTo("open");
        assertThat(event.get("is_available").asBoolean()).isTrue();

        // the public page tries several ways to name the chef; the dashboard asks for the chef's own
        for (String query : List.of("upcoming=true&chef_id=" + chef.chefId() + "&page_size=50",
                "upcoming=true&chef_username=" + chef.username(), "chef=" + chef.chefId())) {
            JsonNode page = api.get("/meals/api/chef-meal-events/?" + query).json();
            assertThat(page.get("status").asString()).isEqualTo("success");
            assertThat(page.get("details").get("results")).as(query).extracting(e -> e.get("id").asLong())
                    .containsExactly(eventId);
        }
        assertThat(chef.api().get("/meals/api/chef-meal-events/?my_events=true").json().get("details")
                .get("count").asLong()).isEqualTo(1);

        Person customer = people.customer("94103");
        HttpApi ordering = customer.api().with("Idempotency-Key", "order-" + UUID.randomUUID());
        Response placed = ordering.post("/meals/api/chef-meal-orders/", """
                {"meal_event":%d,"quantity":2,"special_requests":"No peanuts, please","user_id":%d}"""
                .formatted(eventId, customer.chefId()));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        Response retried = ordering.post("/meals/api/chef-meal-orders/", """
                {"meal_event":%d,"quantity":2,"special_requests":"No peanuts, please"}""".formatted(eventId));
        assertThat(retried.status()).as("the same key is the same order").isEqualTo(200);
        assertThat(retried.json().get("id").asLong()).isEqualTo(placed.json().get("id").asLong());
        long mealOrder = placed.json().get("id").asLong();
        long order = placed.json().get("order").asLong();
        assertThat(placed.json().get("status").asString()).isEqualTo("placed");
        assertThat(placed.json().get("total_price").decimalValue()).isEqualByComparingTo("50");
        assertThat(servingsHeld(eventId)).isEqualTo(2);

        JsonNode unpaid = paymentState(customer, order);
        assertThat(unpaid.get("is_paid").asBoolean()).isFalse();
        Response checkout = customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        assertThat(checkout.json().get("session_url").asString()).startsWith("https://checkout.stripe.test/");
        String form = lastCheckoutForm();
        assertThat(form).contains("line_items[0][price_data][unit_amount]=5000",
                "payment_intent_data[application_fee_amount]=500",
                "payment_intent_data[transfer_data][destination]=acct_connect-account_" + chef.accountId(),
                "payment_intent_data[metadata][order_type]=chef_meal");
        assertThat(paymentState(customer, order).get("session_status").asString()).isEqualTo("open");
        assertThat(customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "").json()
                .get("session_id").asString()).as("the open page again").isEqualTo(checkout.json().get("session_id")
                .asString());

        Person stranger = people.customer("94103");
        assertThat(stranger.api().get("/meals/api/order-payment-status/" + order + "/").status()).isEqualTo(404);
        assertThat(stranger.api().post("/meals/api/chef-meal-orders/" + mealOrder + "/cancel/", "{}").status())
                .isEqualTo(404);

        String paymentOrderId = metadata(form, "order_id");
        String intent = "pi_meal_" + UUID.randomUUID().toString().replace("-", "");
        webhook(orderPaid(intent, "chef_meal", paymentOrderId, 5000));
        webhook(orderPaid(intent, "chef_meal", paymentOrderId, 5000));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(customer.api()
                .get("/meals/api/chef-meal-orders/" + mealOrder + "/").json().get("status").asString())
                .as("the app's word for a paid meal order").isEqualTo("confirmed"));
        assertThat(paymentState(customer, order).get("is_paid").asBoolean()).isTrue();

        JsonNode chefsView = chef.api().get("/meals/api/chef-meal-orders/?as_chef=true").json();
        assertThat(chefsView).singleElement().satisfies(row -> {
            assertThat(row.get("customer_username").asString()).isEqualTo(customer.username());
            assertThat(row.get("quantity").asInt()).isEqualTo(2);
            assertThat(row.get("payment_status").asString()).isEqualTo("paid");
            assertThat(row.get("special_requests").asString()).isEqualTo("No peanuts, please");
            assertThat(row.get("meal_event_details").get("meal_name").asString()).isEqualTo("Jerk Chicken Plates");
        });
        JsonNode mine = customer.api().get("/meals/api/chef-meal-orders/?page=1&page_size=10").json();
        assertThat(mine.get("count").asLong()).isEqualTo(1);
        assertThat(mine.get("results").get(0).get("customer_email").isNull()).isTrue();

        Response cancelled = customer.api().post("/meals/api/chef-meal-orders/" + mealOrder + "/cancel/",
                "{\"reason\":\"Plans changed\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(servingsHeld(eventId)).as("the servings went back on sale").isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var refunds = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")));
            assertThat(refunds).singleElement().satisfies(refund -> assertThat(refund.getBodyAsString())
                    .contains("payment_intent=" + intent, "reverse_transfer=true", "refund_application_fee=true"));
            assertThat(customer.api().get("/meals/api/chef-meal-orders/" + mealOrder + "/").json().get("status")
                    .asString()).isEqualTo("refunded");
        });
        assertThat(customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "").status())
                .isEqualTo(409);
    }

    @Test
    void aCustomerSeesTheMealsOfChefsWhoServeTheirAddressOnTheDaysAsked() {
        Person chef = listedChef();
        long meal = meal(chef, "Khao Soi");
        Instant cutoff = Instant.now().plus(2, ChronoUnit.DAYS);
        long eventId = event(chef, meal, 6, cutoff);
        java.time.LocalDate day = cutoff.plus(2, ChronoUnit.HOURS).atZone(CHEF_ZONE).toLocalDate();
        Person near = people.customer("94103");
        Person far = people.customer("10001");
        for (Person customer : List.of(near, far)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.customer_address"),
                    DSL.field("user_id").eq(UUID.fromString(customer.api().get("/api/auth/me").json().get("id")
                            .asString()))));
        }

        JsonNode nearby = near.api().get("/meals/api/chef-meals-by-postal-code/?week_start_date=" + day.minusDays(1)
                + "&page=1&page_size=12").json().get("data");
        JsonNode found = java.util.stream.StreamSupport.stream(nearby.get("meals").spliterator(), false)
                .filter(m -> m.get("id").asLong() == meal).findFirst().orElseThrow();
        assertThat(found.get("name").asString()).isEqualTo("Khao Soi");
        assertThat(found.get("chef_meal_events")).extracting(e -> e.get("id").asLong()).containsExactly(eventId);
        assertThat(near.api().get("/meals/api/chef-meals-by-postal-code/?date=" + day.plusDays(1)).json().get("data")
                .get("meals")).noneMatch(m -> m.get("id").asLong() == meal);
        assertThat(far.api().get("/meals/api/chef-meals-by-postal-code/?week_start_date=" + day.minusDays(1)).json()
                .get("data").get("meals")).as("the chef does not serve 10001")
                .noneMatch(m -> m.get("id").asLong() == meal);
        assertThat(near.api().get("/meals/api/chef-meals-by-postal-code/?meal_type=Brunch").status()).isEqualTo(400);
    }

    @Test
    void aMealEventWithTwelveServingsSellsExactlyTwelveToOneHundredSimultaneousOrders() throws Exception {
        Person chef = listedChef();
        long eventId = event(chef, meal(chef, "Ramen night"), 12, Instant.now().plus(2, ChronoUnit.DAYS));
        List<Person> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(people.customer("94103"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                HttpApi customer = customers.get(i % customers.size()).api();
                answers.add(pool.submit(() -> {
                    start.await();
                    return customer.post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                            + ",\"quantity\":1}").status();
                }));
            }
            start.countDown();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(12);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(88);
        assertThat(servingsHeld(eventId)).isEqualTo(12);
        assertThat(db.fetchCount(DSL.table("booking.meal_order"), DSL.field("meal_event_id").eq(eventId)))
                .isEqualTo(12);
        Response soldOut = customers.getFirst().api().post("/meals/api/chef-meal-orders/",
                "{\"meal_event\":" + eventId + ",\"quantity\":1}");
        assertThat(soldOut.json().get("error").asString()).isEqualTo("This meal share is sold out");
        JsonNode publicEvent = api.get("/meals/api/chef-meal-events/" + eventId + "/").json().get("details");
        assertThat(publicEvent.get("orders_count").asInt()).isEqualTo(12);
        assertThat(publicEvent.get("is_available").asBoolean()).isFalse();
    }

    @Test
    void ordersAfterTheCutoffOrForAClosedEventAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        Person chef = listedChef();
        long meal = meal(chef, "Dumplings");
        Instant cutoff = Instant.now().plusSeconds(2);
        long soon = event(chef, meal, 10, cutoff);
        long closed = event(chef, meal, 10, Instant.now().plus(1, ChronoUnit.DAYS));
        assertThat(chef.api().post("/meals/api/chef-meal-events/" + closed + "/close/", "{}").status()).isEqualTo(200);
        Person customer = people.customer("94103");

        Response tooMany = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + soon
                + ",\"quantity\":11}");
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.json().get("error").asString()).isEqualTo("Only 10 servings are left; you asked for 11");
        Response closedOne = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + closed + "}");
        assertThat(closedOne.status()).isEqualTo(409);
        assertThat(closedOne.json().get("error").asString()).isEqualTo("This meal share is closed to orders");
        Response badQuantity = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + closed
                + ",\"quantity\":\"many\"}");
        assertThat(badQuantity.status()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(cutoff.plusMillis(100)));
        Response late = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + soon + "}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("error").asString()).startsWith("Orders for this meal share closed at ")
                .endsWith("(America/Los_Angeles)");
        assertThat(servingsHeld(soon) + servingsHeld(closed)).isZero();
        assertThat(db.fetchCount(DSL.table("booking.meal_order"), DSL.field("meal_event_id").in(soon, closed)))
                .isZero();
    }

    @Test
    void aChefCancellingAnEventRefundsEveryPaidOrderOnceAndLeavesUnpaidOnesUncharged() {
        Person chef = listedChef();
        long eventId = event(chef, meal(chef, "Paella"), 20, Instant.now().plus(3, ChronoUnit.DAYS));
        Person first = people.customer("94103");
        Person second = people.customer("94103");
        long paidOrder = first.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                + ",\"quantity\":3}").json().get("order").asLong();
        long unpaidMealOrder = second.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId + "}")
                .json().get("id").asLong();
        first.api().post("/meals/api/process-chef-meal-payment/" + paidOrder + "/", "");
        String paymentOrderId = metadata(lastCheckoutForm(), "order_id");
        String intent = "pi_meal_" + UUID.randomUUID().toString().replace("-", "");
        webhook(orderPaid(intent, "chef_meal", paymentOrderId, 7500));
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentState(first, paidOrder).get("is_paid").asBoolean());

        Person otherChef = listedChef();
        assertThat(otherChef.api().post("/meals/api/chef-meal-events/" + eventId + "/cancel/", "{}").status())
                .as("another chef's event is not found").isEqualTo(404);
        Response cancelled = chef.api().post("/meals/api/chef-meal-events/" + eventId + "/cancel/",
                "{\"reason\":\"The fish market is closed\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("details").get("orders_cancelled").asInt()).isEqualTo(2);
        assertThat(chef.api().post("/meals/api/chef-meal-events/" + eventId + "/cancel/", "{}").json()
                .get("details").get("orders_cancelled").asInt()).as("cancelled once").isZero();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds"))))
                    .singleElement().satisfies(refund -> assertThat(refund.getBodyAsString())
                            .contains("payment_intent=" + intent, "reverse_transfer=true"));
            assertThat(paymentState(first, paidOrder).get("status").asString()).isEqualTo("refunded");
        });
        JsonNode unpaid = second.api().get("/meals/api/chef-meal-orders/" + unpaidMealOrder + "/").json();
        assertThat(unpaid.get("status").asString()).isEqualTo("cancelled");
        assertThat(unpaid.get("cancellation_reason").asString()).isEqualTo("The fish market is closed");
        assertThat(second.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId + "}").json()
                .get("error").asString()).isEqualTo("This meal share was cancelled");
    }

    @Test
    void aChefWhoCannotTakePaymentsCreatesNoEventAndAChefNeverSeesOrChangesAnothersEventsOrMeals() {
        Person notLive = people.chef();
        long meal = meal(notLive, "Tacos");
        Response refused = notLive.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"18:00","base_price":12,"max_orders":5}"""
                .formatted(meal, java.time.LocalDate.now(CHEF_ZONE).plusDays(2)));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("payment setup");
        assertThat(refused.json().get("code").asString()).isEqualTo("STRIPE_INCOMPLETE");

        Person chef = listedChef();
        long own = meal(chef, "Curry");
        long eventId = event(chef, own, 8, Instant.now().plus(2, ChronoUnit.DAYS));
        assertThat(notLive.api().patch("/meals/api/chef-meal-events/" + eventId + "/update/", "{\"max_orders\":1}")
                .status()).isEqualTo(404);
        assertThat(notLive.api().get("/meals/api/meals/" + own + "/").status()).isEqualTo(404);
        Response invalid = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"2020-01-01","event_time":"25:00","base_price":-3,"max_orders":0}"""
                .formatted(meal));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("meal", "event_time", "base_price", "max_orders");
        Response skipped = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"2027-03-14","event_time":"02:30","base_price":12,"max_orders":5}"""
                .formatted(own));
        assertThat(skipped.status()).as("2:30 does not exist when California springs forward").isEqualTo(400);
        assertThat(skipped.body()).contains("event_time", "does not exist");
        Response draft = chef.api().patch("/meals/api/chef-meal-events/" + eventId + "/update/", "{\"status\":\"draft\"}");
        assertThat(draft.status()).isEqualTo(200);
        assertThat(api.get("/meals/api/chef-meal-events/" + eventId + "/").status()).as("a draft is the chef's")
                .isEqualTo(404);
    }

    @Test
    void aChefGoingOnABreakCancelsTheUpcomingMealSharesAndTheirPaidOrdersAreRefunded() {
        Person chef = listedChef();
        long meal = meal(chef, "Pho");
        long eventId = event(chef, meal, 10, Instant.now().plus(2, ChronoUnit.DAYS));
        Person customer = people.customer("94103");
        long order = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                + ",\"quantity\":2}").json().get("order").asLong();
        customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        String intent = "pi_break_" + UUID.randomUUID().toString().replace("-", "");
        webhook(orderPaid(intent, "chef_meal", metadata(lastCheckoutForm(), "order_id"), 5000));
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentState(customer, order).get("is_paid").asBoolean());
        await().atMost(Duration.ofSeconds(10)).until(() -> chef.api().get("/chef/api/dashboard/").json()
                .get("upcoming_events").size() == 1);

        Response onBreak = chef.api().post("/chefs/api/me/chef/break/",
                "{\"is_on_break\":true,\"reason\":\"Family visit\"}");
        assertThat(onBreak.status()).as(onBreak.body()).isEqualTo(200);
        assertThat(onBreak.json().get("cancelled_events").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.get("/meals/api/chef-meal-events/" + eventId + "/").status()).as("cancelled: not public")
                    .isEqualTo(404);
            assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")))).singleElement()
                    .satisfies(refund -> assertThat(refund.getBodyAsString()).contains("payment_intent=" + intent,
                            "reverse_transfer=true"));
            assertThat(paymentState(customer, order).get("status").asString()).isEqualTo("refunded");
        });
        Response whileAway = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"18:00","base_price":12,"max_orders":5}"""
                .formatted(meal, java.time.LocalDate.now(CHEF_ZONE).plusDays(5)));
        assertThat(whileAway.status()).isEqualTo(409);
        assertThat(whileAway.json().get("error").asString()).contains("on a break");
    }

    private Person listedChef() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        return chef;
    }

    private static long meal(Person chef, String name) {
        Response created = chef.api().post("/meals/api/chef/meals/", """
                {"name":"%s","description":"Made the day of","meal_type":"Dinner","price":20,"dishes":[1],
                 "dietary_preferences":["Gluten-Free"]}""".formatted(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static long event(Person chef, long meal, int servings, Instant cutoff) {
        Instant starts = cutoff.plus(2, ChronoUnit.HOURS);
        var local = starts.atZone(CHEF_ZONE);
        Response created = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"%s","order_cutoff_time":"%s","base_price":"25.00",
                 "max_orders":%d,"min_orders":1}""".formatted(meal, local.toLocalDate(),
                local.toLocalTime().truncatedTo(ChronoUnit.MINUTES), cutoff.atZone(CHEF_ZONE).toOffsetDateTime(),
                servings));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("details").get("id").asLong();
    }

    private int servingsHeld(long eventId) {
        return db.select(DSL.field("orders_count", Integer.class)).from("booking.meal_event")
                .where(DSL.field("id").eq(eventId)).fetchSingle().value1();
    }

    private static JsonNode paymentState(Person customer, long order) {
        Response state = customer.api().get("/meals/api/order-payment-status/" + order + "/");
        assertThat(state.status()).as(state.body()).isEqualTo(200);
        return state.json();
    }

    private void webhook(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload)).status())
                .isEqualTo(200);
    }
}
