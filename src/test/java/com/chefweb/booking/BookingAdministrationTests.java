package com.chefweb.booking;

import static com.chefweb.booking.StorefrontBookings.json;
import static com.chefweb.booking.StorefrontBookings.party;
import static com.chefweb.booking.StorefrontBookings.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.booking.domain.BookingAdministration;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.MovableClock;

/** Staff's side: the admin console's booking list and detail, status changes, and completion after the event. */
class BookingAdministrationTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    BookingAdministration administration;

    HttpApi api;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new HttpApi(port);
        admin = api.asAdmin();
    }

    @Test
    void theConsoleListFiltersSearchesAndPagesNewestFirst() {
        String marker = "Zed" + System.nanoTime();
        JsonNode first = book(with(party(clock, 30), "contactName", marker + " One")).json();
        clock.advance(Duration.ofSeconds(1));
        JsonNode second = book(with(party(clock, 31), "contactName", marker + " Two")).json();

        JsonNode page = admin.get("/api/admin/bookings?search=" + marker.toLowerCase() + "&limit=1&offset=0").json();

        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("bookings")).hasSize(1);
        JsonNode row = page.get("bookings").get(0);
        assertThat(row.get("id").asString()).as("newest first").isEqualTo(second.get("id").asString());
        for (String field : List.of("confirmation_number", "contact_name", "contact_email", "event_date", "package",
                "num_adults", "num_children", "total", "status", "payment_status", "allergy_alert")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(admin.get("/api/admin/bookings?search=" + first.get("confirmationNumber").asString()).json()
                .get("total").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/admin/bookings?status=confirmed&search=" + marker).json().get("total").asInt())
                .isZero();
    }

    @Test
    void aFilterByAStatusNothingCanHaveIsRefusedOrFindsNothing() {
        book(party(clock, 31));
        HttpApi admin = api.asAdmin();

        var bookings = admin.get("/api/admin/bookings?status=lost");
        var payments = admin.get("/api/admin/payments?status=lost");

        assertThat(bookings.status()).isEqualTo(400);
        assertThat(bookings.json().get("error").asString()).isNotBlank();
        assertThat(payments.status()).isEqualTo(200);
        assertThat(payments.json().get("payments")).isEmpty();
        assertThat(admin.get("/api/admin/bookings?status=pending_payment").json().get("total").asInt()).isPositive();
    }

    @Test
    void theConsoleDetailHasEveryFieldItShows() {
        JsonNode booking = book(party(clock, 32)).json();

        JsonNode detail = admin.get("/api/admin/bookings/" + booking.get("id").asString()).json();

        JsonNode row = detail.get("booking");
        for (String field : List.of("confirmation_number", "status", "payment_status", "created_at", "event_date",
                "event_time", "city", "service_state", "venue_type", "venue_address", "package", "num_adults",
                "num_children", "dietary_notes", "special_requests", "contact_name", "contact_email", "contact_phone",
                "base_amount", "addons_total", "travel_fee", "total", "allergies")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(row.get("base_amount").decimalValue()).isEqualByComparingTo("1000");
        assertThat(row.get("addons_total").decimalValue()).isEqualByComparingTo("131");
        assertThat(row.get("venue_address").asString()).isEqualTo("1 Lakeshore Ave, Apt 2");
        assertThat(detail.get("payments").isArray()).isTrue();
        assertThat(admin.get("/api/admin/bookings/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void staffMoveABookingOnlyAlongItsAllowedStatuses() {
        String id = book(party(clock, 33)).json().get("id").asString();

        Response paidByHand = admin.patch("/api/admin/bookings/" + id, "{\"paymentStatus\":\"paid\"}");
        assertThat(paidByHand.status()).isEqualTo(400);
        assertThat(paidByHand.json().get("error").asString()).contains("follows the payments");

        Response invalid = admin.patch("/api/admin/bookings/" + id, "{\"status\":\"shipped\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("validStatuses").toString()).contains("fulfilled");

        Response skipped = admin.patch("/api/admin/bookings/" + id, "{\"status\":\"fulfilled\"}");
        assertThat(skipped.status()).as("pending payment cannot jump to fulfilled").isEqualTo(400);

        assertThat(admin.patch("/api/admin/bookings/" + id, "{\"status\":\"confirmed\"}").json().get("status").asString())
                .isEqualTo("confirmed");
        assertThat(admin.patch("/api/bookings/" + id, "{\"status\":\"completed\"}").json().get("status").asString())
                .as("the PRD's endpoint says completed; the console's row says fulfilled").isEqualTo("fulfilled");
    }

    @Test
    void confirmedBookingsAreCompletedAfterTheirEvent() {
        String id = book(party(clock, 4)).json().get("id").asString();
        admin.patch("/api/admin/bookings/" + id, "{\"status\":\"confirmed\"}");

        clock.advance(Duration.ofDays(6));
        administration.completeFinishedEvents();

        assertThat(api.asAdmin().get("/api/admin/bookings/" + id).json().get("booking").get("status").asString())
                .isEqualTo("fulfilled");
    }

    @Test
    void thePrdListFiltersByEventDateAndSorts() {
        String marker = "Ada" + System.nanoTime();
        book(with(party(clock, 50), "contactName", marker + " Later"));
        clock.advance(Duration.ofSeconds(1));
        book(with(party(clock, 45), "contactName", marker + " Sooner"));

        JsonNode list = admin.get("/api/bookings?q=" + marker + "&sort=event_asc").json();

        List<String> names = StreamSupport.stream(list.get("bookings").spliterator(), false)
                .map(b -> b.get("contactName").asString()).toList();
        assertThat(names).containsExactly(marker + " Sooner", marker + " Later");
        String from = java.time.LocalDate.now(clock.withZone(StorefrontBookings.BAY_AREA)).plusDays(48).toString();
        assertThat(admin.get("/api/bookings?q=" + marker + "&eventFrom=" + from).json().get("total").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/bookings?sort=sideways").status()).isEqualTo(400);
        assertThat(api.get("/api/bookings").status()).isEqualTo(401);
    }

    @Test
    void anUnpaidCardCheckoutIsReleasedAfterTheHoldButPayLaterIsKept() {
        String card = book(with(party(clock, 35), "paymentOption", "deposit")).json().get("id").asString();
        String later = book(with(party(clock, 36), "paymentOption", "later")).json().get("id").asString();

        administration.releaseAbandonedCheckouts(Duration.ofHours(2));
        HttpApi staff = api.asAdmin();
        assertThat(staff.get("/api/admin/bookings/" + card).json().get("booking").get("status").asString())
                .as("still within the hold").isEqualTo("pending_payment");

        clock.advance(Duration.ofHours(3));
        assertThat(administration.releaseAbandonedCheckouts(Duration.ofHours(2))).isPositive();
        staff = api.asAdmin();
        JsonNode released = staff.get("/api/admin/bookings/" + card).json().get("booking");
        assertThat(released.get("status").asString()).isEqualTo("cancelled");
        assertThat(released.get("cancellation_reason").asString()).contains("Checkout not completed");
        assertThat(staff.get("/api/admin/bookings/" + later).json().get("booking").get("status").asString())
                .isEqualTo("pending_payment");
    }

    private Response book(Map<String, Object> data) {
        return api.post("/api/bookings", json(data));
    }
}
