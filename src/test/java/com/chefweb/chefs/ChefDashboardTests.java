package com.chefweb.chefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.StripeCheckouts;
import com.chefweb.support.StripeEvents;

/**
 * The chef's dashboard counts what other modules announced: alerts from the chef's own state, revenue from paid
 * orders only (what the chef kept), upcoming events from booking, in the chef's time zone.
 */
class ChefDashboardTests extends FakeStripeAndSendGrid {

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
    void aNewChefIsToldEverythingLeftToDoAndAnActiveChefSeesRevenueFromPaidOrdersOnly() {
        Person fresh = people.chef();
        JsonNode empty = fresh.api().get("/chef/api/dashboard/").json();
        assertThat(empty.get("alerts")).extracting(alert -> alert.get("code").asString())
                .containsExactly("NO_SERVING_AREAS", "STRIPE_INCOMPLETE", "NO_OFFERINGS", "PROFILE_INCOMPLETE",
                        "EMAIL_UNCONFIRMED");
        assertThat(empty.get("stats").get("upcoming_bookings").asInt()).isZero();
        assertThat(empty.get("stripe").get("connected").asBoolean()).isFalse();

        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        long offering = chef.api().post("/services/offerings/", """
                {"service_type":"home_chef","title":"Dinner party"}""").json().get("id").asLong();
        chef.api().post("/services/offerings/" + offering + "/tiers/", """
                {"household_min":1,"household_max":6,"currency":"usd","desired_unit_amount_cents":20000}""");
        long meal = chef.api().post("/meals/api/chef/meals/", "{\"name\":\"Tamales\"}").json().get("id").asLong();
        LocalDate day = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(3);
        long eventId = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"19:00","base_price":25,"max_orders":10}"""
                .formatted(meal, day)).json().get("details").get("id").asLong();

        Person payer = people.customer("94103");
        Person browser = people.customer("94103");
        long paidOrder = payer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                + ",\"quantity\":2}").json().get("order").asLong();
        browser.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId + "}");
        payer.api().post("/meals/api/process-chef-meal-payment/" + paidOrder + "/", "");
        String payload = StripeCheckouts.orderPaid(StripeCheckouts.intent("dash"), "chef_meal",
                StripeCheckouts.metadata(StripeCheckouts.lastCheckoutForm(), "order_id"), 5000);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode board = chef.api().get("/chefs/api/me/dashboard/").json();
            assertThat(board.get("revenue").get("this_week").decimalValue()).as("5000 less the 10%% fee")
                    .isEqualByComparingTo("45");
            assertThat(board.get("revenue").get("this_month").decimalValue()).isEqualByComparingTo("45");
            assertThat(board.get("stats").get("revenue_this_week").get("currency").asString()).isEqualTo("USD");
            assertThat(board.get("clients").get("total").asInt()).as("only the customer who paid").isEqualTo(1);
            assertThat(board.get("stats").get("active_clients").asInt()).isEqualTo(1);
            assertThat(board.get("stats").get("upcoming_bookings").asInt()).isEqualTo(1);
            assertThat(board.get("upcoming_events")).singleElement().satisfies(event -> {
                assertThat(event.get("type").asString()).isEqualTo("meal_event");
                assertThat(event.get("title").asString()).isEqualTo("Tamales");
                assertThat(event.get("orders_count").asInt()).isEqualTo(3);
                assertThat(event.get("date").asString()).isEqualTo(day.toString());
                assertThat(event.get("time").asString()).isEqualTo("19:00");
            });
            assertThat(board.get("alerts")).extracting(alert -> alert.get("code").asString())
                    .containsExactly("PROFILE_INCOMPLETE", "EMAIL_UNCONFIRMED");
            assertThat(board.get("stripe").get("is_active").asBoolean()).isTrue();
        });
        assertThat(payer.api().get("/chef/api/dashboard/").status()).as("customers have no dashboard")
                .isEqualTo(403);

        Response series = chef.api().get("/chefs/api/analytics/time-series/?metric=revenue&range=7d");
        assertThat(series.status()).as(series.body()).isEqualTo(200);
        JsonNode revenue = series.json();
        assertThat(revenue.get("data")).hasSize(7);
        JsonNode today = revenue.get("data").get(6);
        assertThat(today.get("date").asString()).isEqualTo(LocalDate.now(ZoneId.of("America/Los_Angeles")).toString());
        assertThat(today.get("by_currency").get("USD").decimalValue()).isEqualByComparingTo("45");
        assertThat(revenue.get("data").get(0).get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(revenue.get("total").decimalValue()).isEqualByComparingTo("45");
        assertThat(chef.api().get("/chefs/api/analytics/time-series/?metric=orders&range=30d").json().get("total")
                .decimalValue()).as("paid orders only").isEqualByComparingTo("1");
        assertThat(chef.api().get("/chefs/api/analytics/time-series/?metric=clients&range=1y").json().get("data"))
                .hasSize(365);
        assertThat(chef.api().get("/chefs/api/analytics/time-series/?metric=revenue&range=2w").status())
                .isEqualTo(400);
    }
}
