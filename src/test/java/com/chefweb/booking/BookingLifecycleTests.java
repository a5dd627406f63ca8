package com.chefweb.booking;

import static com.chefweb.booking.StorefrontBookings.json;
import static com.chefweb.booking.StorefrontBookings.party;
import static com.chefweb.booking.StorefrontBookings.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.MovableClock;

/**
 * The storefront's booking lifecycle over real HTTP: book, look up, change, cancel, calendar, with time moved
 * forward to stand at each of the policy's windows.
 */
class BookingLifecycleTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    IncompleteEventPublications incomplete;

    HttpApi api;

    @BeforeEach
    void setUp() {
        clock.set(java.time.Instant.now());
        api = new HttpApi(port);
    }

    @Test
    void aStorefrontBookingIsPricedByTheServerAndFlagsItsAllergy() {
        Response created = book(party(clock, 20));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("confirmationNumber").asString()).matches("CHEF-\\d{4}-\\d{4,}");
        assertThat(body.get("status").asString()).isEqualTo("pending_payment");
        assertThat(body.get("paymentStatus").asString()).as("choosing deposit pays nothing").isEqualTo("unpaid");
        assertThat(body.get("accessToken").asString()).hasSizeGreaterThan(30);
        assertThat(body.get("allergyAlert").asBoolean()).isTrue();
        JsonNode quote = body.get("quote");
        // 12 x 75 + 2 x 50 = 1000; mochi 4 x 14 guests = 56; cake 75; Oakland: travel included
        assertThat(quote.get("foodAndAddOns").decimalValue()).isEqualByComparingTo("1131");
        assertThat(quote.get("total").decimalValue()).as("the client's total of 1 is ignored").isEqualByComparingTo("1131");
        assertThat(quote.get("depositDue").decimalValue()).as("25% of 1131 = 282.75").isEqualByComparingTo("283");
        assertThat(quote.get("travelFeeStatus").asString()).isEqualTo("included");
        assertThat(body.get("booking").get("contactPhone").asString()).isEqualTo("(415) 555-0134");
        assertThat(body.get("booking").get("priority").asString()).isEqualTo("high");
    }

    @Test
    void aQuotePreviewPricesWithoutStoringAndThePrdsFieldNamesWorkToo() {
        int before = bookingCount();
        Map<String, Object> prd = with(party(clock, 20), "venueAddress", "9 Grand Ave", "dietaryNotes", "No pork");
        prd.remove("address");
        prd.remove("dietaryRestrictions");

        Response quote = api.post("/api/bookings/quote", json(prd));

        assertThat(quote.status()).isEqualTo(200);
        assertThat(quote.json().get("total").decimalValue()).isEqualByComparingTo("1131");
        assertThat(quote.json().get("lines")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(bookingCount()).isEqualTo(before);
        JsonNode booked = book(with(prd, "idempotencyKey", "field-key-" + System.nanoTime())).json().get("booking");
        assertThat(booked.get("venueAddress").asString()).startsWith("9 Grand Ave");
        assertThat(booked.get("dietaryNotes").asString()).isEqualTo("No pork");
    }

    @Test
    void badInputIsReportedFieldByFieldAndNothingIsStored() {
        int before = bookingCount();
        Map<String, Object> bad = with(party(clock, 1), "contactEmail", "someone@mailinator.com",
                "contactPhone", "123", "numAdults", 0, "hasAllergies", true, "allergies", "",
                "agreeToTerms", false, "venueType", "castle", "zipCode", "9461");

        Response response = book(bad);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("contactEmail", "contactPhone", "numAdults", "allergies",
                "agreeToTerms", "venueType", "zipCode", "eventDate");
        assertThat(StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .filter(e -> e.get("field").asString().equals("contactEmail")).findFirst().orElseThrow()
                .get("message").asString()).isEqualTo("Please use a permanent email address");
        assertThat(bookingCount()).isEqualTo(before);
    }

    @Test
    void aPartyOf50IsALargeEventInquiryAndBeyond300MilesIsRefused() {
        Response large = book(with(party(clock, 20), "numAdults", 45, "numChildren", 5));
        assertThat(large.status()).isEqualTo(400);
        assertThat(large.body()).contains("large-event inquiry");

        Response sanDiego = book(with(party(clock, 20), "serviceState", "EXT", "city", "San Diego", "zipCode", "92101"));
        assertThat(sanDiego.status()).isEqualTo(400);
        assertThat(sanDiego.json().get("errors").get(0).get("field").asString()).isEqualTo("zipCode");
        assertThat(sanDiego.json().get("errors").get(0).get("message").asString()).contains("300 miles");
    }

    @Test
    void travelOutsideTheBayAreaIsEstimatedAndAnUnknownPlaceIsToBeDetermined() {
        JsonNode sacramento = book(with(party(clock, 21), "serviceState", "EXT", "city", "Sacramento", "zipCode", "95814"))
                .json().get("quote");
        assertThat(sacramento.get("travelFeeStatus").asString()).isEqualTo("estimated");
        assertThat(sacramento.get("travelFee").decimalValue()).isEqualByComparingTo("100");
        assertThat(sacramento.get("total").decimalValue()).isEqualByComparingTo("1231");

        JsonNode unknown = book(with(party(clock, 22), "serviceState", "EXT", "city", "Nowhereville", "zipCode", ""))
                .json().get("quote");
        assertThat(unknown.get("travelFeeStatus").asString()).isEqualTo("tbd");
        assertThat(unknown.get("total").decimalValue()).isEqualByComparingTo("1131");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameBookingAndNeverASecond() {
        Map<String, Object> data = party(clock, 23);
        int before = bookingCount();

        Response first = api.send("POST", "/api/bookings", json(data), Map.of("Content-Type", "application/json",
                "Idempotency-Key", "checkout-" + data.get("contactEmail")));
        Response retry = api.send("POST", "/api/bookings", json(data), Map.of("Content-Type", "application/json",
                "Idempotency-Key", "checkout-" + data.get("contactEmail")));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(retry.json().get("confirmationNumber").asString()).isEqualTo(first.json().get("confirmationNumber").asString());
        assertThat(retry.json().get("accessToken").asString()).isEqualTo(first.json().get("accessToken").asString());
        assertThat(bookingCount()).isEqualTo(before + 1);

        Response different = api.send("POST", "/api/bookings", json(with(data, "numAdults", 20)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "checkout-" + data.get("contactEmail")));
        assertThat(different.status()).isEqualTo(409);
        assertThat(bookingCount()).isEqualTo(before + 1);
    }

    @Test
    void lookupIgnoresCaseAcceptsTheChfPrefixAndNeedsTheRightEmail() {
        Map<String, Object> data = party(clock, 10);
        String confirmation = book(data).json().get("confirmationNumber").asString();
        String email = (String) data.get("contactEmail");

        Response exact = lookup(confirmation, email);
        assertThat(exact.status()).isEqualTo(200);
        assertThat(exact.json().get("booking").get("confirmation_number").asString()).isEqualTo(confirmation);
        assertThat(exact.json().get("booking").get("event_time").asString()).isEqualTo("18:00:00");
        JsonNode permissions = exact.json().get("permissions");
        assertThat(permissions.get("canModify").asBoolean()).isTrue();
        assertThat(permissions.get("canCancel").asBoolean()).isTrue();
        assertThat(permissions.get("daysUntilEvent").asInt()).isEqualTo(10);
        assertThat(permissions.get("refundPercentage").asInt()).isEqualTo(100);

        assertThat(lookup(confirmation.toLowerCase(), email.toUpperCase()).status()).isEqualTo(200);
        assertThat(lookup(confirmation.replace("CHEF-", "CHF-"), email).status()).isEqualTo(200);
        Response wrong = lookup(confirmation, "someone-else@example.com");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().get("error").asString())
                .isEqualTo("Booking not found. Please check your confirmation number and email.");
        assertThat(api.get("/api/bookings/lookup?confirmation=" + confirmation).status()).isEqualTo(400);
    }

    @Test
    void aChangeIsRepricedWithTheBookingsOwnPricesEvenAfterAPriceRise() {
        Map<String, Object> data = party(clock, 15);
        JsonNode booking = book(data).json();
        HttpApi admin = api.asAdmin();
        try {
            admin.patch("/api/packages", "{\"packages\":[{\"id\":\"signature\",\"price\":90}]}");

            Response modified = modify(booking, data, 20, 0, null);

            assertThat(modified.status()).isEqualTo(200);
            assertThat(modified.json().get("message").asString()).isEqualTo("Booking modified successfully");
            // 20 x 75 (the booking's own price, not 90) + mochi 4 x 20 + cake 75
            assertThat(modified.json().get("booking").get("total").decimalValue()).isEqualByComparingTo("1655");
            assertThat(modified.json().get("changes").get("num_adults").get("to").asInt()).isEqualTo(20);
        } finally {
            admin.patch("/api/packages", "{\"packages\":[{\"id\":\"signature\",\"price\":75}]}");
        }
    }

    @Test
    void changesFollowTheStorefrontsRulesAndMessages() {
        Map<String, Object> data = party(clock, 12);
        JsonNode booking = book(data).json();

        assertThat(error(modify(booking, data, 5, 0, null))).isEqualTo("Minimum 6 adults required");
        assertThat(error(modify(booking, data, 12, 2, LocalDate.now(clock.withZone(StorefrontBookings.BAY_AREA)).plusDays(2))))
                .isEqualTo("New event date must be at least 3 days in the future");
        assertThat(error(modify(booking, data, 12, 2, null))).isEqualTo("No changes provided");
        assertThat(error(modify(booking, data, 45, 5, null)))
                .isEqualTo("Parties of 50 or more guests are planned with us directly: please send a large-event inquiry");
        Response noEmail = api.patch("/api/bookings/" + booking.get("id").asString() + "/modify", "{}");
        assertThat(noEmail.status()).isEqualTo(400);
        assertThat(error(noEmail)).isEqualTo("Email is required for verification");
        Response otherEmail = api.patch("/api/bookings/" + booking.get("id").asString() + "/modify",
                "{\"email\":\"other@example.com\",\"numAdults\":10}");
        assertThat(otherEmail.status()).isEqualTo(404);
        assertThat(error(otherEmail)).isEqualTo("Booking not found or email does not match");

        clock.advance(Duration.ofDays(10));
        assertThat(error(modify(booking, data, 10, 0, null)))
                .isEqualTo("Modifications must be made at least 3 days before the event. Please contact us directly.");
    }

    @Test
    void cancellingRefundsByHowFarAwayTheEventIs() {
        assertThat(cancelAfter(Duration.ZERO, 20)).isEqualTo(100);
        assertThat(cancelAfter(Duration.ofDays(15), 20)).as("5 days before").isEqualTo(50);
        assertThat(cancelAfter(Duration.ofDays(18), 20)).as("2 days before").isEqualTo(0);
    }

    @Test
    void cancellingAlwaysAnswersWithTheRefundObjectAndCannotBeRepeated() {
        Map<String, Object> data = party(clock, 9);
        JsonNode booking = book(data).json();

        Response cancelled = cancel(booking, data, "change_of_plans");

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("message").asString()).isEqualTo("Booking cancelled successfully");
        JsonNode refund = cancelled.json().get("refund");
        assertThat(refund.get("percentage").asInt()).isEqualTo(100);
        assertThat(refund.get("amount").decimalValue()).as("nothing was paid yet").isEqualByComparingTo("0");
        assertThat(refund.get("eligible").asBoolean()).isFalse();
        assertThat(refund.get("note").asString()).isEqualTo("Full refund will be processed within 5-10 business days");
        assertThat(cancelled.json().get("booking").get("status").asString()).isEqualTo("cancelled");
        assertThat(error(cancel(booking, data, ""))).isEqualTo("Booking is already cancelled");
    }

    @Test
    void withinADayOfTheEventCancellingOnlineIsRefused() {
        Map<String, Object> data = party(clock, 5);
        JsonNode booking = book(data).json();
        // the morning of the event, ten hours before it: within a day of it however the rule counts, whatever the
        // hour this test runs at (advancing a fixed span landed on the day before when run just after midnight)
        clock.set(LocalDate.parse((String) data.get("eventDate")).atTime(8, 0)
                .atZone(StorefrontBookings.BAY_AREA).toInstant());

        Response refused = cancel(booking, data, "illness");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(error(refused)).isEqualTo("Cannot cancel within 24 hours of the event. Please contact us directly.");
        JsonNode permissions = lookup(booking.get("confirmationNumber").asString(), (String) data.get("contactEmail"))
                .json().get("permissions");
        assertThat(permissions.get("canCancel").asBoolean()).isFalse();
        assertThat(permissions.get("cancelDeadline").asString()).isEqualTo("Cancellations require 1+ day notice");
    }

    @Test
    void theCalendarFileIsTheEventInTheVenuesTimeZone() {
        Map<String, Object> data = party(clock, 30);
        JsonNode booking = book(data).json();
        String id = booking.get("id").asString();

        Response ics = api.send("GET", "/api/bookings/" + id + "/calendar.ics?email=" + data.get("contactEmail"), null,
                Map.of("Accept", "text/calendar"));

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.header("Content-Disposition")).contains(booking.get("confirmationNumber").asString() + ".ics");
        String eventDate = ((String) data.get("eventDate")).replace("-", "");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles",
                        "DTSTART;TZID=America/Los_Angeles:" + eventDate + "T180000",
                        "DTEND;TZID=America/Los_Angeles:" + eventDate + "T203000",
                        "UID:" + booking.get("confirmationNumber").asString() + "@chefweb", "LOCATION:1 Lakeshore Ave\\, Oakland\\, CA")
                .doesNotContain((String) data.get("contactEmail"), "Jordan");
        assertThat(ics.body().lines().allMatch(line -> line.length() <= 75)).isTrue();
        assertThat(api.send("GET", "/api/bookings/" + id + "/calendar.ics?email=other@example.com", null,
                Map.of("Accept", "text/calendar")).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/bookings/" + id + "/calendar.ics", null, Map.of()).status()).isEqualTo(400);
    }

    @Test
    void aBookingIsReadableOnlyWithItsTokenOrByStaff() {
        JsonNode booking = book(party(clock, 25)).json();
        String id = booking.get("id").asString();

        assertThat(api.get("/api/bookings/" + id).status()).isEqualTo(404);
        assertThat(api.get("/api/bookings/" + id + "?token=not-the-token").status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/bookings/" + id, null, Map.of("X-Booking-Token",
                booking.get("accessToken").asString())).status()).isEqualTo(200);
        assertThat(api.asAdmin().get("/api/bookings/" + id).json().get("confirmationNumber").asString())
                .isEqualTo(booking.get("confirmationNumber").asString());
    }

    private int cancelAfter(Duration wait, int daysAhead) {
        clock.set(java.time.Instant.now());
        Map<String, Object> data = party(clock, daysAhead);
        JsonNode booking = book(data).json();
        clock.advance(wait);
        return cancel(booking, data, "scheduling_conflict").json().get("refund").get("percentage").asInt();
    }

    /**
     * Notifications' database work fails (a trigger refuses every copy of a booking, as a full disk or a bug would):
     * the customer's booking is still placed and answered, payment still hears of it, and notifications catch up
     * when the failed delivery is tried again.
     */
    @Test
    void aFailureInNotificationsNeverFailsTheBookingAndIsDeliveredAgainLater() {
        jdbc.execute("""
                create or replace function notify.refuse_copies() returns trigger language plpgsql
                as $$ begin raise exception 'notifications are down'; end $$""");
        jdbc.execute("create trigger refuse_copies before insert on notify.booking for each row "
                + "execute function notify.refuse_copies()");
        String bookingId;
        try {
            Response created = book(party(clock, 26));

            assertThat(created.status()).isEqualTo(201);
            bookingId = created.json().get("id").asString();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    copies("payment.booking_due", bookingId)).as("payment still hears of it").isEqualTo(1));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(failedNotifyDeliveries(bookingId))
                    .as("the failed delivery waits in the registry").isEqualTo(1));
            assertThat(copies("notify.booking", bookingId)).isZero();
        } finally {
            jdbc.execute("drop trigger refuse_copies on notify.booking");
        }

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof BookingPlaced placed
                && placed.bookingId().toString().equals(bookingId));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(copies("notify.booking", bookingId)).as("notifications caught up").isEqualTo(1);
            assertThat(failedNotifyDeliveries(bookingId)).isZero();
        });
    }

    private int copies(String table, String bookingId) {
        return jdbc.queryForObject("select count(*) from " + table + " where booking_id = ?::uuid", Integer.class,
                bookingId);
    }

    private long failedNotifyDeliveries(String bookingId) {
        return publications.findIncompletePublications().stream()
                .filter(publication -> publication.getTargetIdentifier().getValue().contains("BookingEmails"))
                .filter(publication -> publication.getEvent() instanceof BookingPlaced placed
                        && placed.bookingId().toString().equals(bookingId))
                .count();
    }

    private Response book(Map<String, Object> data) {
        return api.post("/api/bookings", json(data));
    }

    private Response lookup(String confirmation, String email) {
        return api.get("/api/bookings/lookup?confirmation=" + confirmation + "&email=" + email);
    }

    private Response modify(JsonNode booking, Map<String, Object> data, int adults, int children, LocalDate date) {
        return api.patch("/api/bookings/" + booking.get("id").asString() + "/modify", json(Map.of(
                "email", data.get("contactEmail"),
                "eventDate", date == null ? data.get("eventDate") : date.toString(),
                "eventTime", "18:00:00", "numAdults", adults, "numChildren", children,
                "dietaryNotes", data.get("dietaryRestrictions"), "specialRequests", data.get("specialRequests"))));
    }

    private Response cancel(JsonNode booking, Map<String, Object> data, String reason) {
        return api.post("/api/bookings/" + booking.get("id").asString() + "/cancel",
                json(Map.of("email", data.get("contactEmail"), "reason", reason)));
    }

    private int bookingCount() {
        return api.asAdmin().get("/api/admin/bookings?limit=1").json().get("total").asInt();
    }

    private static String error(Response response) {
        return response.json().get("error").asString();
    }

    private static java.util.List<String> fields(Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
    }
}
