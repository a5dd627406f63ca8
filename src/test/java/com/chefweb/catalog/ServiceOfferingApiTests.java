package com.chefweb.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static com.chefweb.catalog.jooq.Tables.CHEF;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.StreamSupport;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.catalog.events.ServiceOfferingChanged;
import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.support.TestAccounts;

/** Chefs' service offerings and tiers as the sautai app uses them (sautai-spa-contract.md §2.5.3), over real HTTP. */
class ServiceOfferingApiTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    PublishedEventLog published;

    @Autowired
    DSLContext db;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aChefPricesAServiceAndItsPublicPageShowsTheTiersInOrderWithTheirSummary() {
        SignedInChef chef = newChef();
        // before the chef has any tier, nothing is public yet
        JsonNode offering = created(chef.api.post("/services/offerings/", """
                {"service_type":"home_chef","title":"Dinner at home","description":"Three courses, cooked in your kitchen",
                 "default_duration_minutes":180,"max_travel_miles":25,"notes":"Bring no pans","target_customer_ids":[],
                 "user_id":%d}""".formatted(chef.id)));
        long offeringId = offering.get("id").asLong();
        assertThat(offering.get("chef").asLong()).isEqualTo(chef.id);
        assertThat(offering.get("service_type_label").asString()).isEqualTo("In-Home Chef");
        assertThat(offering.get("currency").asString()).isEqualTo("usd");
        assertThat(api.get("/services/offerings/?chef_id=" + chef.id).json().size()).isZero();

        created(chef.api.post("/services/offerings/" + offeringId + "/tiers/", """
                {"household_min":7,"household_max":null,"currency":"usd","desired_unit_amount_cents":9000,
                 "is_recurring":false,"recurrence_interval":null,"active":true,"display_label":"","sort_order":3}"""));
        created(chef.api.post("/services/offerings/" + offeringId + "/tiers", """
                {"household_min":3,"household_max":4,"desired_unit_amount_cents":4950,"is_recurring":true,
                 "recurrence_interval":"week","sort_order":1}"""));
        JsonNode first = created(chef.api.post("/services/offerings/" + offeringId + "/tiers/", """
                {"household_min":1,"household_max":2,"currency":"usd","desired_unit_amount_cents":5000,
                 "is_recurring":false,"recurrence_interval":null,"active":true,"display_label":"","user_id":1}"""));
        assertThat(first.get("price_sync_status").asString()).isEqualTo("success");
        // a hidden tier is the chef's to see, not the customers'
        created(chef.api.post("/services/offerings/" + offeringId + "/tiers/", """
                {"household_min":5,"household_max":6,"desired_unit_amount_cents":100000,"hidden":true,"sort_order":2}"""));

        Response publicList = api.get("/services/offerings/?chef_id=" + chef.id + "&service_type=home_chef&page_size=10");
        assertThat(publicList.status()).isEqualTo(200);
        assertThat(publicList.json().isArray()).isTrue();
        JsonNode shown = publicList.json().get(0);
        assertThat(shown.get("title").asString()).isEqualTo("Dinner at home");
        assertThat(strings(shown.get("tier_summary"))).containsExactly("1-2 people: $50, one-time",
                "3-4 people: $49.50, recurring weekly", "7+ people: $90, one-time");
        assertThat(StreamSupport.stream(shown.get("tiers").spliterator(), false)
                .map(tier -> tier.get("household_min").asInt()).toList()).containsExactly(1, 3, 7);
        JsonNode tier = shown.get("tiers").get(0);
        assertThat(tier.get("desired_unit_amount_cents").asInt()).isEqualTo(5000);
        assertThat(tier.get("currency").asString()).isEqualTo("usd");
        assertThat(tier.get("ready_for_checkout").asBoolean()).isTrue();
        assertThat(tier.get("offering").asLong()).isEqualTo(offeringId);
        assertThat(shown.get("tiers").get(2).get("household_max").isNull()).isTrue();
        assertThat(shown.has("target_customer_ids")).isFalse();
        // the trailing slash is optional, and the weekly prep filter leaves this one out
        assertThat(api.get("/services/offerings?chef_id=" + chef.id).json().size()).isEqualTo(1);
        assertThat(api.get("/services/offerings?chef_id=" + chef.id + "&service_type=weekly_prep").json().size())
                .isZero();

        JsonNode mine = chef.api.get("/services/my/offerings?user_id=" + chef.id).json().get(0);
        assertThat(mine.get("tiers").size()).isEqualTo(4);
        assertThat(mine.get("target_customer_ids").size()).isZero();
        assertThat(mine.get("notes").asString()).isEqualTo("Bring no pans");
        assertThat(chef.api.get("/services/offerings/?chef_id=me").json().get(0).get("tiers").size()).isEqualTo(4);

        // a chef pricing in yen: no minor unit, so 5000 is ¥5000
        long yenOffering = created(chef.api.post("/services/offerings", """
                {"service_type":"weekly_prep","title":"Weekly bento","currency":"jpy"}""")).get("id").asLong();
        created(chef.api.post("/services/offerings/" + yenOffering + "/tiers/", """
                {"household_min":1,"household_max":1,"desired_unit_amount_cents":5000,"is_recurring":true,
                 "recurrence_interval":"month","display_label":"Solo"}"""));
        JsonNode bento = api.get("/services/offerings/?chef_id=" + chef.id + "&service_type=weekly_prep").json().get(0);
        assertThat(strings(bento.get("tier_summary"))).containsExactly("Solo: ¥5000, recurring monthly");
        assertThat(bento.get("service_type_label").asString()).isEqualTo("Weekly Meal Prep");
        // a tier in another currency than its offering's is refused
        Response euros = chef.api.post("/services/offerings/" + yenOffering + "/tiers/", """
                {"household_min":2,"household_max":3,"desired_unit_amount_cents":4000,"currency":"eur"}""");
        assertThat(euros.status()).isEqualTo(400);
        assertThat(fields(euros)).containsKey("currency");

        // the app's forms: the offering carries no currency, its first tier does, and prices the offering in it
        long appOffering = created(chef.api.post("/services/offerings/",
                "{\"service_type\":\"home_chef\",\"title\":\"Kaiseki at home\",\"user_id\":3}")).get("id")
                .asLong();
        created(chef.api.post("/services/offerings/" + appOffering + "/tiers/", "{\"household_min\":1,"
                + "\"household_max\":4,\"currency\":\"jpy\",\"desired_unit_amount_cents\":30000,"
                + "\"is_recurring\":false,\"recurrence_interval\":null,\"active\":true,\"display_label\":\"\"}"));
        JsonNode kaiseki = chef.api.get("/services/my/offerings/").json().valueStream()
                .filter(found -> found.get("id").asLong() == appOffering).findFirst().orElseThrow();
        assertThat(kaiseki.get("currency").asString()).isEqualTo("jpy");
        assertThat(strings(kaiseki.get("tier_summary"))).containsExactly("1-4 people: ¥30000, one-time");

        // booking and the dashboard hear the whole offering, tiers included
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(published
                .ofType(ServiceOfferingChanged.class).stream()
                .filter(event -> event.offeringId() == offeringId)
                .mapToInt(event -> event.tiers().size()).max().orElse(0)).isEqualTo(4));
        ServiceOfferingChanged latest = published.ofType(ServiceOfferingChanged.class).stream()
                .filter(event -> event.offeringId() == offeringId)
                .reduce((a, b) -> a.version() >= b.version() ? a : b).orElseThrow();
        assertThat(latest.chefId()).isEqualTo(chef.id);
        assertThat(latest.currency()).isEqualTo("usd");
        assertThat(latest.maxTravelMiles()).isEqualTo(25);
        assertThat(latest.tiers()).anySatisfy(t -> {
            assertThat(t.householdMin()).isEqualTo(3);
            assertThat(t.amountMinor()).isEqualTo(4950);
            assertThat(t.recurrenceInterval()).isEqualTo("week");
        });
    }

    @Test
    void tiersForOverlappingHouseholdsAreRefusedEvenWhenTwoArriveAtOnce() throws Exception {
        SignedInChef chef = newChef();
        long offeringId = newOffering(chef, "Family suppers");
        created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":1,\"household_max\":4,\"desired_unit_amount_cents\":6000}"));

        Response overlapping = chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":3,\"household_max\":null,\"desired_unit_amount_cents\":8000}");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(fields(overlapping).get("household_min")).contains("overlaps the tier for 1-4 people");
        assertThat(myTiers(chef, offeringId)).isEqualTo(1);
        JsonNode second = created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":5,\"household_max\":8,\"desired_unit_amount_cents\":8000}"));
        Response widened = chef.api.patch("/services/tiers/" + second.get("id").asLong() + "/",
                "{\"household_min\":4}");
        assertThat(widened.status()).isEqualTo(400);
        assertThat(fields(widened)).containsKey("household_min");

        // two chefs' tabs adding overlapping tiers at the same moment: the database lets exactly one in
        for (int round = 0; round < 3; round++) {
            long racing = newOffering(chef, "Race " + round);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> attempts = new ArrayList<>();
            for (String range : List.of("{\"household_min\":1,\"household_max\":3", "{\"household_min\":2,\"household_max\":6")) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return chef.api.post("/services/offerings/" + racing + "/tiers/",
                            range + ",\"desired_unit_amount_cents\":5000}");
                }));
            }
            start.countDown();
            List<Response> answers = attempts.stream().map(CompletableFuture::join).toList();
            assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(201, 400);
            Response refused = answers.stream().filter(answer -> answer.status() == 400).findFirst().orElseThrow();
            assertThat(fields(refused)).containsKey("household_min");
            assertThat(myTiers(chef, racing)).isEqualTo(1);
        }
    }

    @Test
    void aChangeTouchesOnlyTheFieldsSentAndBadInputChangesNothing() {
        SignedInChef chef = newChef();
        long offeringId = newOffering(chef, "Sunday roast");
        long tierId = created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":2,\"household_max\":4,\"desired_unit_amount_cents\":7000,\"display_label\":\"Small\"}"))
                .get("id").asLong();

        JsonNode changed = chef.api.patch("/services/offerings/" + offeringId, "{\"title\":\"Sunday lunch\",\"user_id\":3}")
                .json();
        assertThat(changed.get("title").asString()).isEqualTo("Sunday lunch");
        assertThat(changed.get("description").asString()).isEqualTo("Roasts for the family");
        assertThat(changed.get("max_travel_miles").asInt()).isEqualTo(10);
        Response tier = chef.api.patch("/services/tiers/" + tierId + "/", "{\"desired_unit_amount_cents\":7500}");
        assertThat(tier.status()).as(tier.body()).isEqualTo(200);
        assertThat(tier.json().get("desired_unit_amount_cents").asInt()).isEqualTo(7500);
        assertThat(tier.json().get("display_label").asString()).isEqualTo("Small");
        assertThat(tier.json().get("household_max").asInt()).isEqualTo(4);

        Map<String, String> bad = Map.of(
                "{\"service_type\":\"catering\",\"title\":\"Party\"}", "service_type",
                "{\"service_type\":\"home_chef\",\"title\":\"" + "x".repeat(201) + "\"}", "title",
                "{\"service_type\":\"home_chef\",\"title\":\"Ok\",\"max_travel_miles\":-5}", "max_travel_miles",
                "{\"service_type\":\"home_chef\",\"title\":\"Bell\\u0007\"}", "title",
                "{\"service_type\":\"home_chef\",\"title\":\"Ok\",\"default_duration_minutes\":\"long\"}",
                "default_duration_minutes",
                "{\"service_type\":\"home_chef\",\"title\":[\"Ok\"]}", "title",
                "{\"service_type\":\"home_chef\",\"title\":\"Ok\",\"target_customer_ids\":[5]}", "target_customer_ids");
        bad.forEach((body, field) -> {
            Response refused = chef.api.post("/services/offerings/", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(fields(refused)).as(body).containsKey(field);
        });
        Response badTier = chef.api.patch("/services/tiers/" + tierId, "{\"household_min\":\"two\"}");
        assertThat(fields(badTier)).containsKey("household_min");
        assertThat(fields(chef.api.patch("/services/tiers/" + tierId, "{\"is_recurring\":true}")))
                .containsKey("recurrence_interval");
        assertThat(fields(chef.api.patch("/services/tiers/" + tierId, "{\"desired_unit_amount_cents\":-1}")))
                .containsKey("desired_unit_amount_cents");

        JsonNode mine = chef.api.get("/services/my/offerings/").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).get("tiers").get(0).get("desired_unit_amount_cents").asInt()).isEqualTo(7500);
        assertThat(mine.get(0).get("tiers").get(0).get("is_recurring").asBoolean()).isFalse();
    }

    @Test
    void aDeletedOfferingLeavesThePublicListAndStaysInTheChefsOwn() {
        SignedInChef chef = newChef();
        long offeringId = newOffering(chef, "Meal prep");
        long tierId = created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":1,\"household_max\":2,\"desired_unit_amount_cents\":5000}")).get("id").asLong();
        long other = created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":3,\"household_max\":4,\"desired_unit_amount_cents\":6000}")).get("id").asLong();
        assertThat(api.get("/services/offerings/" + offeringId + "/").status()).isEqualTo(200);

        // a deleted tier is gone, and its households may be priced again
        assertThat(chef.api.send("DELETE", "/services/tiers/" + other + "/?user_id=1", null, Map.of()).status())
                .isEqualTo(204);
        assertThat(strings(api.get("/services/offerings/?chef_id=" + chef.id).json().get(0).get("tier_summary")))
                .containsExactly("1-2 people: $50, one-time");
        created(chef.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":3,\"household_max\":5,\"desired_unit_amount_cents\":6500}"));

        assertThat(chef.api.send("DELETE", "/services/offerings/" + offeringId + "/delete/", null, Map.of()).status())
                .isEqualTo(204);
        assertThat(api.get("/services/offerings/?chef_id=" + chef.id).json().size()).isZero();
        assertThat(api.get("/services/offerings/" + offeringId).status()).isEqualTo(404);
        JsonNode mine = chef.api.get("/services/my/offerings/").json();
        assertThat(mine.get(0).get("active").asBoolean()).isFalse();
        assertThat(mine.get(0).get("tiers").size()).isEqualTo(2);
        assertThat(chef.api.get("/services/offerings/" + offeringId + "/").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> published.ofType(ServiceOfferingChanged.class).stream()
                .anyMatch(event -> event.offeringId() == offeringId && !event.active()
                        && event.tiers().stream().anyMatch(t -> t.id() == other && t.softDeleted())));
        // brought back by the chef
        assertThat(chef.api.patch("/services/offerings/" + offeringId + "/", "{\"active\":true}").status())
                .isEqualTo(200);
        assertThat(api.get("/services/offerings?chef_id=" + chef.id).json().get(0).get("tiers").size()).isEqualTo(2);
        assertThat(tierId).isPositive();
    }

    @Test
    void customersSeeTheOfferingsOfListedChefsOnlyAndAChefGoingOfflineTakesThemDown() {
        SignedInChef unlisted = unlistedChef();
        long hidden = newOffering(unlisted, "Not yet verified");
        created(unlisted.api.post("/services/offerings/" + hidden + "/tiers/",
                "{\"household_min\":1,\"household_max\":2,\"desired_unit_amount_cents\":5000}"));
        assertThat(api.get("/services/offerings/?chef_id=" + unlisted.id).json().size()).isZero();
        assertThat(api.get("/services/offerings/" + hidden + "/").status()).isEqualTo(404);
        // the chef still sees and edits their own
        assertThat(unlisted.api.get("/services/offerings/" + hidden + "/").status()).isEqualTo(200);
        assertThat(unlisted.api.get("/services/my/offerings/").json().size()).isEqualTo(1);

        SignedInChef chef = newChef();
        long shown = newOffering(chef, "Verified dinners");
        created(chef.api.post("/services/offerings/" + shown + "/tiers/",
                "{\"household_min\":1,\"household_max\":2,\"desired_unit_amount_cents\":5000}"));
        assertThat(api.get("/services/offerings/" + shown + "/").status()).isEqualTo(200);
        assertThat(chef.api.post("/chefs/api/me/chef/live/", "{\"is_live\":false}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(api.get("/services/offerings/?chef_id=" + chef.id).json().size()).isZero();
            assertThat(api.get("/services/offerings/" + shown + "/").status()).isEqualTo(404);
        });
    }

    @Test
    void onlyTheOwningChefChangesAnOfferingAndTheListIsPublic() {
        SignedInChef owner = newChef();
        SignedInChef rival = newChef();
        long offeringId = newOffering(owner, "Tasting menu");
        long tierId = created(owner.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":1,\"household_max\":2,\"desired_unit_amount_cents\":12000}")).get("id").asLong();

        assertThat(rival.api.patch("/services/offerings/" + offeringId + "/", "{\"title\":\"Mine\"}").status())
                .isEqualTo(404);
        assertThat(rival.api.send("DELETE", "/services/offerings/" + offeringId + "/", null, Map.of()).status())
                .isEqualTo(404);
        assertThat(rival.api.post("/services/offerings/" + offeringId + "/tiers/",
                "{\"household_min\":3,\"desired_unit_amount_cents\":1}").status()).isEqualTo(404);
        assertThat(rival.api.patch("/services/tiers/" + tierId, "{\"desired_unit_amount_cents\":1}").status())
                .isEqualTo(404);
        assertThat(rival.api.send("DELETE", "/services/tiers/" + tierId, null, Map.of()).status()).isEqualTo(404);
        assertThat(rival.api.get("/services/my/offerings/").json().size()).isZero();

        HttpApi customer = api.as(register("diner").get("access").asString());
        Response refused = customer.post("/services/offerings/", "{\"service_type\":\"home_chef\",\"title\":\"Hi\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asString()).isNotBlank();
        assertThat(customer.get("/services/my/offerings/").status()).isEqualTo(403);
        // the customer sees the public list, as does anyone
        assertThat(customer.get("/services/offerings/?chef_id=" + owner.id + "&user_id=9").json().size()).isEqualTo(1);
        assertThat(customer.get("/services/offerings/?chef_id=me").json().size()).isZero();
        Response anonymous = api.get("/services/offerings/?chef_id=" + owner.id);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get(0).get("tiers").get(0).get("desired_unit_amount_cents").asInt())
                .isEqualTo(12000);
        assertThat(api.get("/services/offerings/?chef_id=999999999").json().size()).isZero();
        assertThat(fields(api.get("/services/offerings/?chef_id=abc"))).containsKey("chef_id");
        assertThat(fields(api.get("/services/offerings/?chef_id=1&service_type=catering"))).containsKey("service_type");
        assertThat(api.get("/services/offerings/?chef_id=me").status()).isEqualTo(200);

    }

    private long newOffering(SignedInChef chef, String title) {
        return created(chef.api.post("/services/offerings/", """
                {"service_type":"home_chef","title":"%s","description":"Roasts for the family","max_travel_miles":10}"""
                .formatted(title))).get("id").asLong();
    }

    private static int myTiers(SignedInChef chef, long offeringId) {
        for (JsonNode offering : chef.api.get("/services/my/offerings/").json()) {
            if (offering.get("id").asLong() == offeringId) {
                return offering.get("tiers").size();
            }
        }
        throw new AssertionError("offering " + offeringId + " is not in the chef's list");
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static Map<String, String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        response.json().get("errors").forEach(error -> fields.put(error.get("field").asString(),
                error.get("message").asString()));
        return fields;
    }

    private JsonNode register(String who) {
        String username = who + "_" + UUID.randomUUID().toString().substring(0, 8);
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s"}}"""
                .formatted(username, TestAccounts.uniqueEmail(who), TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json();
    }

    /** An account an admin approved as a chef, switched into its chef role (which tells the catalog). */
    /** A chef customers can see: verified, live, payouts active (switching roles in the app announced them). */
    private SignedInChef newChef() {
        SignedInChef chef = unlistedChef();
        new MarketplaceChefs(api).list(new Person(chef.username, chef.accountId, chef.id, chef.api), "94103");
        // the catalog hears of the listing a moment later
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(CHEF, CHEF.CHEF_ID.eq(chef.id)
                .and(CHEF.LISTED.isTrue())));
        return chef;
    }

    private SignedInChef unlistedChef() {
        JsonNode login = approvedChefLogin();
        HttpApi signedIn = api.as(login.get("access").asString());
        String accountId = signedIn.get("/api/auth/me").json().get("id").asString();
        String customerAccess = signedIn.post("/auth/api/switch_role/", "{\"role\":\"customer\"}").json()
                .get("access").asString();
        JsonNode chef = api.as(customerAccess).post("/auth/api/switch_role/", "{\"role\":\"chef\"}").json();
        return new SignedInChef(api.as(chef.get("access").asString()), chef.get("user").get("id").asLong(),
                login.get("user").get("username").asString(), accountId);
    }

    /** An account an admin approved as a chef, signed in (straight into its chef role, without switching). */
    private JsonNode approvedChefLogin() {
        JsonNode registered = register("chef");
        String username = registered.get("user").get("username").asString();
        String accountId = api.as(registered.get("access").asString()).get("/api/auth/me").json().get("id").asString();
        assertThat(api.asAdmin().patch("/api/admin/users/" + accountId, "{\"role\":\"chef\"}").status()).isEqualTo(200);
        Response login = api.send("POST", "/auth/api/login/", "username=" + username + "&password="
                + TestAccounts.GOOD_PASSWORD, Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).isEqualTo(200);
        return login.json();
    }

    private record SignedInChef(HttpApi api, long id, String username, String accountId) {
    }
}
