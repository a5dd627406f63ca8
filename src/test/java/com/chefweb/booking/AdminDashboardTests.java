package com.chefweb.booking;

import static com.chefweb.booking.StorefrontBookings.json;
import static com.chefweb.booking.StorefrontBookings.party;
import static com.chefweb.booking.StorefrontBookings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;

/** The admin console's dashboard counts what happened: a paid booking, an unpaid one, a message, and a day passing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
class AdminDashboardTests {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry properties) {
        FakeStripe.register(properties);
    }

    @Test
    void theDashboardShowsTodayTheMonthUnpaidBookingsAndNewMessages() {
        FakeStripe.reset();
        clock.set(Instant.now());
        HttpApi api = new HttpApi(port);
        Map<String, Object> paidParty = with(party(clock, 4), "contactName", "Paid Party");
        JsonNode started = api.post("/api/payments/create-intent",
                json(Map.of("paymentType", "deposit", "bookingData", paidParty))).json();
        String payload = StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(),
                started.get("paymentIntentId").asString(), 28300);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload));
        api.post("/api/bookings", json(with(party(clock, 20), "contactName", "Unpaid Party", "paymentOption", "later")));
        api.post("/api/contact", "{\"name\":\"Ana\",\"email\":\"ana@example.com\",\"message\":\"Do you cater weddings?\"}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode summary = api.asAdmin().get("/api/admin/stats").json().get("summary");
            assertThat(summary.get("monthlyRevenue").decimalValue()).isEqualByComparingTo("283");
            assertThat(summary.get("newContacts").asInt()).isEqualTo(1);
        });
        JsonNode stats = api.asAdmin().get("/api/admin/stats").json();
        assertThat(stats.get("summary").get("pendingPayments").asInt()).isEqualTo(1);
        assertThat(stats.get("summary").get("todaysEvents").asInt()).isZero();
        assertThat(names(stats.get("recentBookings"))).containsExactlyInAnyOrder("Paid Party", "Unpaid Party");
        assertThat(names(stats.get("upcomingEvents"))).containsExactly("Paid Party");
        JsonNode upcoming = stats.get("upcomingEvents").get(0);
        for (String field : java.util.List.of("event_date", "event_time", "contact_name", "contact_phone", "city",
                "service_state", "num_adults", "num_children", "package")) {
            assertThat(upcoming.has(field)).as(field).isTrue();
        }

        clock.advance(Duration.ofDays(4));
        assertThat(api.asAdmin().get("/api/admin/stats").json().get("summary").get("todaysEvents").asInt())
                .as("the paid party's day has come").isEqualTo(1);
    }

    private static java.util.List<String> names(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(r -> r.get("contact_name").asString()).toList();
    }
}
