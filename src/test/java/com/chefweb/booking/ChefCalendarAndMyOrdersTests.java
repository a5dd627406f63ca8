package com.chefweb.booking;

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

import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/**
 * The chef's calendar (directive §5.3) merges meal events and service bookings by the chef's local dates; the
 * customer's orders (§5.6) group what each parent Order bought, paged, and show no one else's.
 */
class ChefCalendarAndMyOrdersTests extends FakeStripeAndSendGrid {

    private static final ZoneId CHEF_ZONE = ZoneId.of("America/Los_Angeles");

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
    void theCalendarMergesEventsAndBookingsOnTheChefsLocalDatesAndMyOrdersGroupsThemPaged() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        long meal = chef.api().post("/meals/api/chef/meals/", "{\"name\":\"Late supper\"}").json().get("id").asLong();
        LocalDate day = LocalDate.now(CHEF_ZONE).plusDays(4);
        // 23:30 in California is the next morning in UTC: the calendar keeps the chef's date
        Response event = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"23:30","order_cutoff_time":"%s 12:00","base_price":30,
                 "max_orders":6}""".formatted(meal, day, day));
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        long eventId = event.json().get("details").get("id").asLong();
        long offering = chef.api().post("/services/offerings/", """
                {"service_type":"weekly_prep","title":"Weekly prep","default_duration_minutes":120}""")
                .json().get("id").asLong();
        chef.api().post("/services/offerings/" + offering + "/tiers/", """
                {"household_min":1,"household_max":4,"currency":"usd","desired_unit_amount_cents":15000,
                 "display_label":"Up to 4","is_recurring":true,"recurrence_interval":"week"}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.offering_tier_copy"),
                DSL.field("offering_id").eq(offering)));

        Person customer = people.customer("94103");
        Response mealOrder = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                + ",\"quantity\":2}");
        assertThat(mealOrder.status()).as(mealOrder.body()).isEqualTo(201);
        Response service = customer.api().post("/services/orders/", """
                {"offering_id":%d,"household_size":3,"service_date":"%s","service_start_time":"10:00"}"""
                .formatted(offering, day.plusDays(1)));
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        Response draft = customer.api().post("/services/orders/", "{\"offering_id\":" + offering
                + ",\"household_size\":1}");
        assertThat(draft.status()).isEqualTo(201);

        JsonNode calendar = chef.api().get("/meals/api/chef-calendar/?date_from=" + day + "&date_to="
                + day.plusDays(1)).json();
        assertThat(calendar.get("time_zone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(calendar.get("events")).hasSize(2);
        JsonNode first = calendar.get("events").get(0);
        assertThat(first.get("type").asString()).isEqualTo("meal_event");
        assertThat(first.get("id").asLong()).isEqualTo(eventId);
        assertThat(first.get("title").asString()).isEqualTo("Late supper");
        assertThat(first.get("date").asString()).isEqualTo(day.toString());
        assertThat(first.get("time").asString()).isEqualTo("23:30");
        assertThat(first.get("orders_count").asInt()).isEqualTo(2);
        assertThat(first.get("max_orders").asInt()).isEqualTo(6);
        JsonNode second = calendar.get("events").get(1);
        assertThat(second.get("type").asString()).isEqualTo("service_booking");
        assertThat(second.get("title").asString()).isEqualTo("Weekly prep – Up to 4");
        assertThat(second.get("date").asString()).isEqualTo(day.plusDays(1).toString());
        assertThat(second.get("status").asString()).isEqualTo("awaiting_payment");
        assertThat(chef.api().get("/meals/api/chef-calendar/?date_from=" + day.plusDays(1) + "&date_to="
                + day.plusDays(1)).json().get("events")).as("the next day in UTC is not the chef's day").hasSize(1);
        assertThat(chef.api().get("/meals/api/chef-calendar/?date_from=" + day + "&date_to=" + day.plusDays(93))
                .status()).isEqualTo(400);
        Person otherChef = people.chef();
        people.list(otherChef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> otherChef.api().get("/meals/api/chef-calendar/").status()
                == 200);
        assertThat(otherChef.api().get("/meals/api/chef-calendar/?date_from=" + day + "&date_to=" + day.plusDays(1))
                .json().get("events")).isEmpty();

        JsonNode page = customer.api().get("/meals/api/my-orders/?limit=1&offset=0").json();
        assertThat(page.get("total").asLong()).as("the draft has no Order yet").isEqualTo(2);
        assertThat(page.get("orders")).hasSize(1);
        JsonNode newest = page.get("orders").get(0);
        assertThat(newest.get("type").asString()).isEqualTo("service");
        assertThat(newest.get("total_amount").asLong()).isEqualTo(15000);
        assertThat(newest.get("currency").asString()).isEqualTo("USD");
        assertThat(newest.get("is_paid").asBoolean()).isFalse();
        assertThat(newest.get("items").get(0).get("label").asString()).isEqualTo("Weekly prep – Up to 4");
        assertThat(newest.get("items").get(0).get("service_date").asString()).isEqualTo(day.plusDays(1).toString());
        JsonNode older = customer.api().get("/meals/api/my-orders/?limit=1&offset=1").json().get("orders").get(0);
        assertThat(older.get("type").asString()).isEqualTo("chef_meal");
        assertThat(older.get("status").asString()).isEqualTo("placed");
        assertThat(older.get("total_amount").asLong()).isEqualTo(6000);
        assertThat(older.get("items").get(0).get("label").asString()).isEqualTo("Late supper – 2 servings");
        assertThat(older.get("items").get(0).get("event_date").asString()).isEqualTo(day.toString());
        assertThat(older.get("items").get(0).get("chef").asString()).isEqualTo(chef.username());
        long orderId = older.get("id").asLong();
        assertThat(customer.api().get("/meals/api/my-orders/" + orderId + "/").json().get("id").asLong())
                .isEqualTo(orderId);

        Person stranger = people.customer("94103");
        assertThat(stranger.api().get("/meals/api/my-orders/").json().get("total").asLong()).isZero();
        assertThat(stranger.api().get("/meals/api/my-orders/" + orderId + "/").status()).isEqualTo(404);
    }
}
