package com.chefweb.identity;

import static com.chefweb.support.StripeCheckouts.lastCheckoutForm;
import static com.chefweb.support.StripeCheckouts.metadata;
import static com.chefweb.support.StripeCheckouts.orderPaid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.booking.StorefrontBookings;
import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeOpenAI;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.support.SignUpLinks;
import com.chefweb.support.StripeEvents;
import com.chefweb.support.TestAccounts;

/**
 * A person's right to know and to delete, end to end over HTTP: everything held about them gathered from every
 * module, and an erasure after which no table in any schema names them (their tag, their number), while the amounts
 * and dates of their bookings, orders and payments are as they were.
 */
class PersonalDataTests extends FakeStripeAndSendGrid {

    private static final ZoneId CHEF_ZONE = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter APP_CUTOFF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    Clock clock;

    @Autowired
    PublishedEventLog published;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void aCustomerDownloadsEverythingHeldAboutThemThenIsErasedFromEverySchemaWithTheirTotalsKept() {
        String tag = tag();
        String email = "marisol." + tag + "@example.com";
        String phoneDigits = "555" + (1000 + new Random().nextInt(9000));
        String name = "Marisol " + capitalized(tag);
        Person chef = listedChef();
        Person customer = register(tag, email);

        Response booked = api.post("/api/bookings", StorefrontBookings.json(StorefrontBookings.with(
                StorefrontBookings.party(clock, 30), "contactName", name, "contactEmail", email,
                "contactPhone", "628 " + phoneDigits.substring(0, 3) + " " + phoneDigits.substring(3),
                "address", "12 " + capitalized(tag) + " Lane", "specialRequests", "Candles for " + tag,
                "allergies", "Berries from " + tag)));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String confirmation = booked.json().get("confirmationNumber").asString();
        long mealOrder = paidMealOrder(chef, customer, "No peanuts for " + tag);
        long conversation = customer.api().post("/messaging/api/conversations/with-chef/" + chef.chefId() + "/", "")
                .json().get("conversation").get("id").asLong();
        assertThat(customer.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"Hello from " + name + "\"}").status()).isEqualTo(201);
        assertThat(customer.api().post("/crm/api/favorites/", "{\"chef_id\":" + chef.chefId() + "}").status())
                .isEqualTo(201);
        assertThat(api.post("/api/contact", """
                {"name":"%s","email":"%s","phone":"628-%s","subject":"Party","message":"A question from %s"}"""
                .formatted(name, email, phoneDigits.substring(0, 3) + "-" + phoneDigits.substring(3), tag)).status())
                .isEqualTo(201);
        FakeOpenAI.answers("Thanks! Someone will write to you.", "other", 0.9);
        assertThat(api.post("/api/chatbot/message", "{\"message\":\"Please write to me at " + email + "\"}")
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(tablesNaming(tag).keySet())
                .as("the person is everywhere before: the check below can fail")
                .contains("identity.user_account", "booking.booking", "booking.meal_order", "payment.booking_due",
                        "crm.lead", "crm.message", "crm.contact_inquiry", "chatbot.message",
                        "notify.outgoing_message", "event_publication.event_publication"));
        Map<String, List<Object>> totals = totals(confirmation, mealOrder);

        Response unconfirmed = customer.api().post("/api/account/data-exports", "");
        assertThat(unconfirmed.status()).as("an address nobody proved is theirs reaches nobody's data")
                .isEqualTo(409);
        assertThat(unconfirmed.json().get("error").asString()).contains("Confirm your email address");
        SignUpLinks.confirmMarketplaceEmail(api, published, email);
        Response asked = customer.api().post("/api/account/data-exports", "");
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        String location = asked.header("Location");
        JsonNode export = await().atMost(Duration.ofSeconds(20)).until(() -> customer.api().get(location).json(),
                body -> "ready".equals(body.get("status").asString()));
        assertThat(customer.api().get(location).header("Content-Disposition")).startsWith("attachment");
        JsonNode data = export.get("data");
        assertThat(data.get("identity").get("account").get(0).get("email").asString()).isEqualTo(email);
        assertThat(data.get("identity").get("account").get(0).has("password_hash")).isFalse();
        assertThat(data.get("booking").get("storefront_bookings").get(0).get("confirmation_number").asString())
                .isEqualTo(confirmation);
        assertThat(data.get("booking").get("meal_orders").get(0).get("special_requests").asString()).contains(tag);
        assertThat(data.get("payment").get("marketplace_orders").get(0).get("status").asString()).isEqualTo("paid");
        assertThat(data.get("crm").get("leads").size()).isPositive();
        assertThat(data.get("crm").get("messages").get(0).get("content").asString()).contains(name);
        assertThat(data.get("crm").get("contact_messages").get(0).get("message").asString()).contains(tag);
        assertThat(data.get("chatbot").get("chat_messages").toString()).contains(email);
        assertThat(data.get("notify").get("messages_sent").size()).isPositive();
        assertThat(data.get("chefs").get("purchases_from_chefs").size()).isEqualTo(1);
        Person stranger = people.customer("94103");
        assertThat(stranger.api().get(location).status()).as("another person's export").isEqualTo(404);

        Response wrongPassword = customer.api().post("/api/account/erasure", "{\"password\":\"not-my-password\"}");
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(customer.api().get("/api/auth/me").status()).as("nothing was erased").isEqualTo(200);

        Response erased = customer.api().post("/api/account/erasure",
                "{\"password\":\"" + TestAccounts.GOOD_PASSWORD + "\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(202);
        String requestId = erased.json().get("id").asString();
        String anonymousId = erased.json().get("anonymousId").asString();
        assertThat(customer.api().get("/api/auth/me").status()).as("signed out at once").isEqualTo(401);
        assertThat(api.send("POST", "/auth/api/login/", "username=" + URLEncoder.encode(customer.username(),
                StandardCharsets.UTF_8) + "&password=" + TestAccounts.GOOD_PASSWORD,
                Map.of("Content-Type", "application/x-www-form-urlencoded")).status()).isIn(400, 401);

        JsonNode done = await().atMost(Duration.ofSeconds(20)).until(() -> api.asAdmin()
                .get("/api/admin/privacy-requests/" + requestId).json(), body -> "erased".equals(body.get("status")
                .asString()));
        assertThat(done.get("data").get("booking").get("storefront_bookings").asInt()).isEqualTo(1);
        assertThat(done.get("data").get("chatbot").get("chats_deleted").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(tablesNaming(tag)).as("rows still naming the person").isEmpty();
            assertThat(tablesNaming(phoneDigits)).as("rows still holding their number").isEmpty();
            assertThat(tablesNaming(phoneDigits.substring(0, 3) + " " + phoneDigits.substring(3))).isEmpty();
            assertThat(tablesNaming(phoneDigits.substring(0, 3) + "-" + phoneDigits.substring(3))).isEmpty();
        });
        assertThat(totals(confirmation, mealOrder)).as("amounts, dates and statuses kept").isEqualTo(totals);
        JsonNode kept = api.asAdmin().get("/api/admin/bookings?search=" + confirmation).json();
        assertThat(kept.toString()).contains(confirmation, "Erased customer").doesNotContain(tag);
        assertThat(api.asAdmin().get("/api/admin/audit?action=privacy.erasure_requested&resource_id=" + requestId)
                .json().get("entries")).singleElement().satisfies(entry -> assertThat(entry.get("summary")
                .asString()).contains(anonymousId).doesNotContain(tag));
        assertThat(api.asAdmin().get("/api/admin/privacy-requests/" + asked.json().get("id").asString()).status())
                .as("the export went with the person").isEqualTo(404);
    }

    @Test
    void staffEraseAStorefrontGuestTheyKnowByEmailButNotAChef() {
        String tag = tag();
        String email = "guest." + tag + "@example.com";
        Response booked = api.post("/api/bookings", StorefrontBookings.json(StorefrontBookings.with(
                StorefrontBookings.party(clock, 40), "contactName", "Robin " + capitalized(tag),
                "contactEmail", email, "specialRequests", "Ask for " + tag)));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String confirmation = booked.json().get("confirmationNumber").asString();

        assertThat(api.asAdmin().post("/api/admin/privacy-requests/erasures", "{\"email\":\"not an address\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/admin/privacy-requests/erasures", "{\"email\":\"" + email + "\"}").status())
                .as("only admins").isEqualTo(401);
        Person customer = people.customer("94103");
        assertThat(customer.api().post("/api/admin/privacy-requests/erasures", "{\"email\":\"" + email + "\"}")
                .status()).isEqualTo(403);
        Response export = api.asAdmin().post("/api/admin/privacy-requests/exports", "{\"email\":\"" + email + "\"}");
        assertThat(export.status()).as(export.body()).isEqualTo(202);
        String exportId = export.json().get("id").asString();
        JsonNode ready = await().atMost(Duration.ofSeconds(20)).until(() -> api.asAdmin()
                .get("/api/admin/privacy-requests/" + exportId).json(), body -> "ready".equals(body.get("status")
                .asString()));
        assertThat(ready.get("data").get("booking").get("storefront_bookings").get(0).get("confirmation_number")
                .asString()).isEqualTo(confirmation);
        assertThat(ready.get("data").get("identity").size()).as("no account").isZero();
        assertThat(api.asAdmin().get("/api/admin/privacy-requests").json().get("requests").get(0).get("data")
                .size()).as("a list of requests is no bulk download").isZero();
        assertThat(customer.api().get("/api/account/data-exports/" + exportId).status())
                .as("another person's export, through the customer's path").isEqualTo(404);
        Map<String, List<Object>> totals = totals(confirmation, null);

        Response erased = api.asAdmin().post("/api/admin/privacy-requests/erasures", "{\"email\":\"" + email + "\"}");
        assertThat(erased.status()).as(erased.body()).isEqualTo(202);
        String erasureId = erased.json().get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> "erased".equals(api.asAdmin()
                .get("/api/admin/privacy-requests/" + erasureId).json().get("status").asString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tablesNaming(tag)).isEmpty());
        assertThat(totals(confirmation, null)).isEqualTo(totals);
        assertThat(api.asAdmin().get("/api/admin/privacy-requests/" + exportId).status())
                .as("their earlier export was erased with them").isEqualTo(404);

        Person chef = people.chef();
        SignUpLinks.confirmMarketplaceEmail(api, published, chef.api().get("/api/auth/me").json().get("email")
                .asString());
        Response refused = chef.api().post("/api/account/erasure", "{\"password\":\"" + TestAccounts.GOOD_PASSWORD
                + "\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("error").asString()).contains("support");
        assertThat(chef.api().get("/api/auth/me").status()).as("the chef is still signed in").isEqualTo(200);
    }

    /** Every table, in every schema, with rows whose text holds the needle, and those rows (shortened). */
    private Map<String, List<String>> tablesNaming(String needle) {
        Map<String, List<String>> found = new TreeMap<>();
        for (Record table : db.fetch("select table_schema, table_name from information_schema.tables "
                + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')")) {
            String schema = table.get(0, String.class);
            String name = table.get(1, String.class);
            List<String> rows = db.fetch("select left(t::text, 600) from " + DSL.name(schema, name) + " t where "
                    + "lower(t::text) like ?", "%" + needle.toLowerCase(java.util.Locale.ROOT) + "%")
                    .map(row -> row.get(0, String.class));
            if (!rows.isEmpty()) {
                found.put(schema + "." + name, rows);
            }
        }
        return found;
    }

    /** What the law wants kept of the person's booking, order and payments: amounts, dates, statuses. */
    private Map<String, List<Object>> totals(String confirmation, @org.jspecify.annotations.Nullable Long mealOrder) {
        Map<String, List<Object>> totals = new TreeMap<>();
        totals.put("booking", List.of(db.fetchSingle("select total_minor, deposit_minor, paid_minor, event_date, "
                + "starts_at, status, payment_status, created_at from booking.booking where confirmation_number = ?",
                confirmation).intoList()));
        totals.put("booking_due", List.of(db.fetchSingle("select d.total_minor, d.deposit_minor, d.event_start "
                + "from payment.booking_due d where d.confirmation_number = ?", confirmation).intoList()));
        if (mealOrder != null) {
            totals.put("meal_order", List.of(db.fetchSingle("select m.quantity, m.price_paid_minor, m.status, "
                    + "m.created_at, o.total_minor, o.paid_at, o.payment_order_id from booking.meal_order m "
                    + "join booking.customer_order o on o.id = m.order_id where m.id = ?", mealOrder).intoList()));
            totals.put("payment", List.of(db.fetchSingle("select amount_minor, status, stripe_payment_intent_id, "
                    + "paid_at from payment.marketplace_order where id = (select payment_order_id from "
                    + "booking.customer_order where id = (select order_id from booking.meal_order where id = ?))",
                    mealOrder).intoList()));
        }
        return totals;
    }

    private Person register(String tag, String email) {
        String username = "m_" + tag;
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s","allergies":["Peanuts"]},
                 "address":{"street":"12 %s Lane","city":"San Francisco","postal_code":"94103","country":"US"}}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD, capitalized(tag)));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        Response login = api.send("POST", "/auth/api/login/", "username=" + username + "&password="
                + TestAccounts.GOOD_PASSWORD, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return new Person(username, null, login.json().get("user").get("id").asLong(),
                api.as(login.json().get("access").asString()));
    }

    private long paidMealOrder(Person chef, Person customer, String specialRequests) {
        Response meal = chef.api().post("/meals/api/chef/meals/", """
                {"name":"Paella Night","description":"Made the day of","meal_type":"Dinner","price":20,
                 "dishes":[1]}""");
        assertThat(meal.status()).as(meal.body()).isEqualTo(201);
        LocalDateTime start = LocalDateTime.now(CHEF_ZONE).plusDays(4).withHour(18).truncatedTo(ChronoUnit.HOURS);
        Response event = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"18:00","order_cutoff_time":"%s","base_price":25,
                 "max_orders":12,"min_orders":0}""".formatted(meal.json().get("id").asLong(), start.toLocalDate(),
                APP_CUTOFF.format(start.minusDays(1).withHour(12))));
        assertThat(event.status()).as(event.body()).isEqualTo(201);
        Response placed = customer.api().with("Idempotency-Key", "order-" + UUID.randomUUID())
                .post("/meals/api/chef-meal-orders/", """
                        {"meal_event":%d,"quantity":2,"special_requests":"%s"}"""
                        .formatted(event.json().get("details").get("id").asLong(), specialRequests));
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);
        long mealOrder = placed.json().get("id").asLong();
        long order = placed.json().get("order").asLong();
        Response checkout = customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(200);
        String paid = orderPaid("pi_meal_" + UUID.randomUUID().toString().replace("-", ""), "chef_meal",
                metadata(lastCheckoutForm(), "order_id"), 5000);
        assertThat(api.send("POST", "/api/payments/webhook", paid, StripeEvents.signedHeaders(paid)).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> customer.api().get("/meals/api/order-payment-status/"
                + order + "/").json().get("is_paid").asBoolean());
        return mealOrder;
    }

    private Person listedChef() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        return chef;
    }

    /** Ten letters no anonymous id (hex) or word of ours contains: wherever it is found, the person is. */
    private static String tag() {
        Random random = new Random();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tag.append((char) ('g' + random.nextInt(20)));
        }
        return tag.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
