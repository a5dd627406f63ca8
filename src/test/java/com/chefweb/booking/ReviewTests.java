package com.chefweb.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.booking.meals.MealOrders;
import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.StripeCheckouts;
import com.chefweb.support.StripeEvents;

/**
 * A customer reviews a completed order once, the chef answers once, and the chef's public review summary comes from
 * these reviews only. The completion job is run as its schedule would, for a meal that has taken place.
 */
class ReviewTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    MealOrders mealOrders;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void aCompletedOrderIsReviewedOnceTheChefAnswersOnceAndTheSummaryCountsOnlyReviews() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        assertThat(api.get("/chefs/api/public/" + chef.chefId() + "/").json().get("review_count").asInt()).isZero();
        long meal = chef.api().post("/meals/api/chef/meals/", "{\"name\":\"Bibimbap\"}").json().get("id").asLong();
        long eventId = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"12:00","base_price":18,"max_orders":10}"""
                .formatted(meal, LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2))).json()
                .get("details").get("id").asLong();
        Person customer = people.customer("94103");
        long served = paidOrder(customer, eventId);
        long unserved = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId + "}")
                .json().get("order").asLong();
        assertThat(customer.api().post("/meals/api/my-orders/" + served + "/review/", "{\"rating\":5}").status())
                .as("not served yet").isEqualTo(409);

        mealOrders.completeFinished(Instant.now().plus(3, ChronoUnit.DAYS), 10_000);
        assertThat(customer.api().get("/meals/api/my-orders/" + served + "/").json().get("status").asString())
                .isEqualTo("completed");
        assertThat(customer.api().get("/meals/api/my-orders/" + unserved + "/").json().get("status").asString())
                .as("unpaid when the meal began: never charged").isEqualTo("cancelled");

        assertThat(customer.api().post("/meals/api/my-orders/" + served + "/review/",
                "{\"rating\":5,\"text\":\"<script>alert(1)</script>\"}").status()).isEqualTo(400);
        assertThat(customer.api().post("/meals/api/my-orders/" + served + "/review/", "{\"rating\":6}").status())
                .isEqualTo(400);
        Person stranger = people.customer("94103");
        assertThat(stranger.api().post("/meals/api/my-orders/" + served + "/review/", "{\"rating\":1}").status())
                .isEqualTo(404);
        Response review = customer.api().post("/meals/api/my-orders/" + served + "/review/",
                "{\"rating\":4,\"text\":\"Generous bowls, a little salty.\"}");
        assertThat(review.status()).as(review.body()).isEqualTo(201);
        long reviewId = review.json().get("id").asLong();
        assertThat(customer.api().post("/meals/api/my-orders/" + served + "/review/", "{\"rating\":5}").status())
                .as("once per order").isEqualTo(409);
        assertThat(customer.api().post("/meals/api/my-orders/" + unserved + "/review/", "{\"rating\":1}").status())
                .isEqualTo(409);

        Person otherChef = people.chef();
        assertThat(otherChef.api().post("/meals/api/reviews/" + reviewId + "/reply/", "{\"reply\":\"Thanks\"}")
                .status()).isEqualTo(404);
        Response reply = chef.api().post("/meals/api/reviews/" + reviewId + "/reply/",
                "{\"reply\":\"Thank you! Less soy next time.\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(chef.api().post("/meals/api/reviews/" + reviewId + "/reply/", "{\"reply\":\"Again\"}").status())
                .isEqualTo(409);

        var listed = api.get("/meals/api/reviews/?chef_id=" + chef.chefId()).json();
        assertThat(listed.get("count").asLong()).isEqualTo(1);
        assertThat(listed.get("results").get(0).get("chef_reply").asString()).isEqualTo("Thank you! Less soy next time.");
        assertThat(listed.get("results").get(0).get("customer_username").asString()).isEqualTo(customer.username());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var profile = api.get("/chefs/api/public/" + chef.chefId() + "/").json();
            assertThat(profile.get("review_summary").asString()).isEqualTo("4.0 (1 review)");
            assertThat(profile.get("review_count").asInt()).isEqualTo(1);
        });
    }

    private long paidOrder(Person customer, long eventId) {
        long order = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId
                + ",\"quantity\":2}").json().get("order").asLong();
        customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        String payload = StripeCheckouts.orderPaid(StripeCheckouts.intent("review"), "chef_meal",
                StripeCheckouts.metadata(StripeCheckouts.lastCheckoutForm(), "order_id"), 3600);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload));
        await().atMost(Duration.ofSeconds(10)).until(() -> customer.api().get("/meals/api/my-orders/" + order + "/")
                .json().get("is_paid").asBoolean());
        await().atMost(Duration.ofSeconds(10)).until(() -> customer.api().get("/meals/api/my-orders/" + order + "/")
                .json().get("status").asString().equals("paid"));
        return order;
    }
}
