package com.chefweb.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import com.chefweb.booking.StorefrontBookings;
import com.chefweb.booking.meals.MealOrders;
import com.chefweb.chatbot.events.ChatLeadCaptured;
import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.crm.events.ChefFavorited;
import com.chefweb.crm.events.ConnectionChanged;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeCheckouts;
import com.chefweb.support.StripeEvents;

/**
 * What customers do becomes chefs' leads: one lead per chef and person, one timeline entry per fact however often its
 * event is delivered, stages that move forward by themselves and stay where a chef put them.
 */
class ClientRelationshipTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MealOrders mealOrders;

    @Autowired
    Outbox outbox;

    @Autowired
    MovableClock clock;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void favoritingJoiningTheWaitlistAndWritingMakeOneLeadWithOneEntryEach() {
        Person chef = listedChef();
        Person customer = knownCustomer();

        Response favorite = customer.api().post("/crm/api/favorites/", "{\"chef_id\":" + chef.chefId() + "}");
        assertThat(favorite.status()).as(favorite.body()).isEqualTo(201);
        assertThat(customer.api().post("/crm/api/favorites/", "{\"chef_id\":" + chef.chefId() + "}").status())
                .as("favoriting again changes nothing").isEqualTo(200);
        assertThat(customer.api().post("/chefs/api/public/" + chef.chefId() + "/waitlist/subscribe", "{}").status())
                .isEqualTo(200);
        long conversation = customer.api().post("/messaging/api/conversations/with-chef/" + chef.chefId() + "/", "")
                .json().get("conversation").get("id").asLong();
        assertThat(customer.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"Do you cook for a nut allergy?\"}").status()).isEqualTo(201);

        JsonNode lead = awaitLead(chef, customer, 3);
        assertThat(kinds(lead)).containsExactlyInAnyOrder("favorite", "waitlist", "message");
        assertThat(lead.get("stage").asString()).isEqualTo("new");
        assertThat(lead.get("origin").asString()).isEqualTo("favorite");
        assertThat(lead.get("source").asString()).as("in the app's words").isEqualTo("web");
        assertThat(lead.get("customer_id").asLong()).isEqualTo(customer.chefId());
        assertThat(lead.get("email").asString()).endsWith("@example.com");
        assertThat(leadsOf(chef)).as("one lead per chef and person").hasSize(1);

        JsonNode favorites = customer.api().get("/crm/api/favorites/").json();
        assertThat(favorites.get("count").asInt()).isEqualTo(1);
        assertThat(favorites.get("favorites").get(0).get("username").asString()).isEqualTo(chef.username());
        assertThat(customer.api().delete("/crm/api/favorites/" + chef.chefId() + "/").status()).isEqualTo(204);
        assertThat(customer.api().get("/crm/api/favorites/").json().get("count").asInt()).isZero();
        assertThat(customer.api().delete("/crm/api/favorites/" + chef.chefId() + "/").status()).isEqualTo(404);
    }

    @Test
    void aFactDeliveredTwiceIsNotedOnce() {
        Person chef = listedChef();
        Person customer = knownCustomer();
        UUID chefUser = UUID.fromString(chef.accountId());
        UUID customerUser = userOf(customer);
        ChefFavorited favorited = new ChefFavorited(customerUser, chef.chefId(), chefUser,
                Instant.parse("2026-11-02T10:15:30Z"));
        transactions.executeWithoutResult(status -> events.publishEvent(favorited));
        transactions.executeWithoutResult(status -> events.publishEvent(favorited));
        ChefFavorited later = new ChefFavorited(customerUser, chef.chefId(), chefUser,
                Instant.parse("2026-11-03T10:15:30Z"));
        transactions.executeWithoutResult(status -> events.publishEvent(later));

        JsonNode lead = awaitLead(chef, customer, 2);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(interactionRows(lead.get("id").asLong())).as("the redelivery noted nothing").isEqualTo(2));
        assertThat(leadsOf(chef)).hasSize(1);

        // the chef gives up on them; a fact from before that decision, heard late, does not bring the lead back
        long id = lead.get("id").asLong();
        assertThat(chef.api().patch("/crm/api/leads/" + id + "/", "{\"stage\":\"lost\"}").json().get("stage")
                .asString()).isEqualTo("lost");
        transactions.executeWithoutResult(status -> events.publishEvent(new ConnectionChanged(9_000_000L + id,
                chefUser, customerUser, "accepted", "customer", Instant.now().minus(1, ChronoUnit.HOURS))));
        await().atMost(Duration.ofSeconds(10)).until(() -> interactionRows(id) == 4);
        assertThat(lead(chef, id).get("stage").asString()).isEqualTo("lost");
        transactions.executeWithoutResult(status -> events.publishEvent(new ConnectionChanged(9_100_000L + id,
                chefUser, customerUser, "accepted", "customer", Instant.now().plusSeconds(1))));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(lead(chef, id).get("stage").asString()).as("what happened since moves it").isEqualTo("discovery"));
    }

    @Test
    void ordersMoveTheStageForwardAndAStageTheChefSetStays() {
        Person chef = listedChef();
        long eventId = mealEvent(chef);
        Person customer = knownCustomer();
        long order = customer.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + eventId + "}").json()
                .get("order").asLong();
        JsonNode placed = awaitStage(chef, customer, "proposal");
        assertThat(placed.get("status").asString()).as("the app's word").isEqualTo("qualified");
        assertThat(placed.get("origin").asString()).isEqualTo("order");

        pay(customer, order);
        awaitStage(chef, customer, "booked");
        mealOrders.completeFinished(Instant.now().plus(3, ChronoUnit.DAYS), 10_000);
        JsonNode served = awaitStage(chef, customer, "follow_up");
        assertThat(kinds(served)).containsExactlyInAnyOrder("order", "payment", "completion");
        assertThat(chef.api().get("/chefs/api/me/leads/?status=won").json().get("results")).as("won in the app's words")
                .anySatisfy(lead -> assertThat(lead.get("id").asLong()).isEqualTo(served.get("id").asLong()));

        // another customer: the chef marks them won by hand, and an unpaid order arriving later does not move it back
        Person second = knownCustomer();
        long secondEvent = mealEvent(chef);
        second.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + secondEvent + "}");
        long secondLead = awaitStage(chef, second, "proposal").get("id").asLong();
        Response won = chef.api().patch("/chefs/api/me/leads/" + secondLead + "/", "{\"status\":\"won\"}");
        assertThat(won.status()).as(won.body()).isEqualTo(200);
        assertThat(won.json().get("stage").asString()).isEqualTo("booked");
        long again = second.api().post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + secondEvent + "}")
                .json().get("id").asLong();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(kinds(lead(chef, secondLead))).filteredOn("order"::equals).hasSize(2));
        assertThat(lead(chef, secondLead).get("stage").asString()).isEqualTo("booked");

        Response cancelled = second.api().post("/meals/api/chef-meal-orders/" + again + "/cancel/", "{}");
        assertThat(cancelled.status()).as(cancelled.body()).isIn(200, 204);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(kinds(lead(chef, secondLead))).contains("cancellation"));
        assertThat(lead(chef, secondLead).get("stage").asString()).as("a cancellation is noted, nothing moves")
                .isEqualTo("booked");
    }

    @Test
    void theStorefrontsContactFormAndChatBecomeLeadsOfTheHouse() {
        String email = "robin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        for (String message : List.of("Can you serve 80 people in March?", "Also, do you bring tables?")) {
            assertThat(api.post("/api/contact", """
                    {"name":"Robin Park","email":"%s","phone":"650.555.0100","reason":"large-event",
                     "subject":"Company party","message":"%s"}""".formatted(email, message)).status()).isEqualTo(201);
        }
        transactions.executeWithoutResult(status -> events.publishEvent(new ChatLeadCaptured(UUID.randomUUID(),
                email.toUpperCase(), null, "Email me the menu", "pricing_question", Instant.now())));
        String phone = "(415) 555-" + (1000 + new java.util.Random().nextInt(8999));
        UUID chat = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            Instant at = Instant.now().plusMillis(i);
            transactions.executeWithoutResult(status -> events.publishEvent(new ChatLeadCaptured(chat, null, phone,
                    "Call me about a birthday", "booking_question", at)));
        }

        HttpApi staff = api.asAdmin();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Response search = staff.get("/crm/api/leads/?search=" + email);
            assertThat(search.status()).as(search.body()).isEqualTo(200);
            JsonNode found = search.json();
            assertThat(found.get("count").asInt()).as("one lead of the house for one email").isEqualTo(1);
            JsonNode lead = staff.get("/crm/api/leads/" + found.get("results").get(0).get("id").asLong() + "/").json();
            assertThat(lead.get("interactions")).hasSize(3);
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode byPhone = staff.get("/crm/api/leads/?search=" + phone.substring(phone.length() - 4)).json();
            assertThat(byPhone.get("count").asInt()).as("one lead for one phone number").isEqualTo(1);
            assertThat(interactionRows(byPhone.get("results").get(0).get("id").asLong())).isEqualTo(2);
        });
        JsonNode lead = staff.get("/crm/api/leads/?search=" + email).json().get("results").get(0);
        assertThat(lead.get("name").asString()).isEqualTo("Robin Park");
        assertThat(lead.get("phone").asString()).isEqualTo("(650) 555-0100");
        assertThat(lead.get("origin").asString()).isEqualTo("contact_form");
        JsonNode timeline = staff.get("/crm/api/leads/" + lead.get("id").asLong() + "/").json().get("interactions");
        assertThat(StreamSupport.stream(timeline.spliterator(), false).map(entry -> entry.get("payload").path("message")
                .asString(""))).contains("Can you serve 80 people in March?", "Also, do you bring tables?");

        Response noted = staff.post("/crm/api/leads/" + lead.get("id").asLong() + "/notes/",
                "{\"summary\":\"Called back, sending a quote\",\"interaction_type\":\"call\"}");
        assertThat(noted.status()).as(noted.body()).isEqualTo(201);
        Response moved = staff.patch("/crm/api/leads/" + lead.get("id").asLong() + "/",
                "{\"stage\":\"proposal\",\"next_action_at\":\"2026-12-10\",\"next_action_note\":\"Follow up on quote\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("stage").asString()).isEqualTo("proposal");
        assertThat(staff.patch("/crm/api/leads/" + lead.get("id").asLong() + "/", "{\"name\":\"Robin Park-Lee\"}")
                .json().get("last_name").asString()).as("the directive's one name").isEqualTo("Park-Lee");
        assertThat(moved.json().get("next_action_at").asString()).startsWith("2026-12-10");
        assertThat(staff.get("/crm/api/leads/?stage=proposal&search=" + email).json().get("count").asInt())
                .isEqualTo(1);
        assertThat(staff.patch("/crm/api/leads/" + lead.get("id").asLong() + "/", "{\"stage\":\"maybe\"}").status())
                .isEqualTo(400);
    }

    @Test
    void aStorefrontBookingIsABookedLeadOfTheHouse() {
        java.util.Map<String, Object> party = StorefrontBookings.party(clock, 25);
        String email = (String) party.get("contactEmail");
        Response booked = api.post("/api/bookings", StorefrontBookings.json(party));
        assertThat(booked.status()).as(booked.body()).isIn(200, 201);

        HttpApi staff = api.asAdmin();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(staff.get("/crm/api/leads/?search=" + email).json().get("count").asInt()).isEqualTo(1));
        JsonNode lead = staff.get("/crm/api/leads/?search=" + email).json().get("results").get(0);
        assertThat(lead.get("stage").asString()).isEqualTo("booked");
        assertThat(lead.get("origin").asString()).isEqualTo("booking");
        assertThat(lead.get("name").asString()).isEqualTo("Jordan Rivera");
        assertThat(lead.get("phone").asString()).isNotBlank();
        assertThat(listedChef().api().get("/crm/api/leads/" + lead.get("id").asLong() + "/").status())
                .as("the house's leads are staff's, not a chef's").isEqualTo(404);
    }

    @Test
    void aChefSeesAndChangesOnlyTheirOwnLeads() {
        Person chef = listedChef();
        Response created = chef.api().post("/chefs/api/me/leads/", """
                {"first_name":"Ana","last_name":"Lima","email":"ana-%s@example.com","phone":"415 555 0199",
                 "notes":"Met at the farmers market","dietary_preferences":["Vegetarian"],"allergies":["Peanuts"],
                 "source":"referral","status":"won","user_id":42}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asString()).isEqualTo("won");
        assertThat(created.json().get("source").asString()).isEqualTo("referral");

        Person other = listedChef();
        assertThat(other.api().get("/chefs/api/me/leads/" + id + "/").status()).isEqualTo(404);
        assertThat(other.api().patch("/chefs/api/me/leads/" + id + "/", "{\"notes\":\"mine now\"}").status())
                .isEqualTo(404);
        assertThat(other.api().delete("/chefs/api/me/leads/" + id + "/").status()).isEqualTo(404);
        assertThat(other.api().get("/crm/api/leads/" + id + "/").status()).isEqualTo(404);
        assertThat(other.api().post("/chefs/api/me/leads/" + id + "/household/", "{\"name\":\"Kid\"}").status())
                .isEqualTo(404);
        assertThat(knownCustomer().api().get("/chefs/api/me/leads/").status()).isEqualTo(403);
        assertThat(api.get("/crm/api/leads/").status()).isEqualTo(401);
        assertThat(lead(chef, id).get("notes").asString()).isEqualTo("Met at the farmers market");

        assertThat(chef.api().post("/chefs/api/me/leads/", "{\"first_name\":\"\",\"email\":\"not-an-email\"}")
                .status()).isEqualTo(400);
        assertThat(chef.api().post("/chefs/api/me/leads/", "{\"first_name\":\"Twin\",\"email\":\""
                + created.json().get("email").asString() + "\"}").status()).as("one lead per email").isEqualTo(409);
        assertThat(chef.api().delete("/chefs/api/me/leads/" + id + "/").status()).isEqualTo(204);
        assertThat(chef.api().get("/chefs/api/me/leads/" + id + "/").status()).isEqualTo(404);
    }

    @Test
    void theClientListMergesConnectedCustomersAndContactsWithTheirHouseholds() {
        Person chef = listedChef();
        Person customer = knownCustomer();
        Response asked = customer.api().post("/services/connections/", "{\"chef_id\":" + chef.chefId()
                + ",\"note\":\"We loved your dumplings\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long connection = asked.json().get("id").asLong();
        assertThat(customer.api().post("/services/connections/", "{\"chef_id\":" + chef.chefId() + "}").status())
                .as("asking again returns the open request").isEqualTo(200);
        assertThat(customer.api().patch("/services/connections/" + connection + "/", "{\"action\":\"accept\"}")
                .status()).as("the one asked answers").isEqualTo(403);
        assertThat(listedChef().api().patch("/services/connections/" + connection + "/", "{\"action\":\"accept\"}")
                .status()).isEqualTo(404);
        assertThat(chef.api().patch("/services/connections/" + connection + "/", "{\"action\":\"maybe\"}").status())
                .isEqualTo(400);
        JsonNode pending = chef.api().get("/services/connections/?status=pending").json();
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("customer_username").asString()).isEqualTo(customer.username());
        Response accepted = chef.api().patch("/services/connections/" + connection + "/", "{\"action\":\"accept\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("accepted");

        JsonNode mine = customer.api().get("/customer_dashboard/api/my-chefs/").json();
        assertThat(mine.get("count").asInt()).isEqualTo(1);
        assertThat(mine.get("chefs").get(0).get("id").asLong()).isEqualTo(chef.chefId());
        assertThat(mine.get("chefs").get(0).get("username").asString()).isEqualTo(chef.username());

        long contact = chef.api().post("/chefs/api/me/leads/", """
                {"first_name":"Ana","last_name":"Lima","dietary_preferences":["Vegetarian"],"allergies":["Peanuts"],
                 "source":"referral","status":"won"}""").json().get("id").asLong();
        Response member = chef.api().post("/chefs/api/me/leads/" + contact + "/household/", """
                {"name":"Leo","relationship":"son","age":7,"dietary_preferences":["Vegetarian"],
                 "allergies":["Peanuts","Sesame"]}""");
        assertThat(member.status()).as(member.body()).isEqualTo(201);
        long memberId = member.json().get("id").asLong();
        assertThat(chef.api().patch("/chefs/api/me/leads/" + contact + "/household/" + memberId + "/",
                "{\"age\":8}").json().get("age").asInt()).isEqualTo(8);
        assertThat(chef.api().patch("/chefs/api/me/leads/" + contact + "/household/" + memberId + "/",
                "{\"age\":300}").status()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode clients = chef.api().get("/chefs/api/me/all-clients/?ordering=-connected_since").json();
            assertThat(clients.get("count").asInt()).isEqualTo(2);
            assertThat(clients.get("summary").get("platform").asInt()).isEqualTo(1);
            assertThat(clients.get("summary").get("contacts").asInt()).isEqualTo(1);
        });
        JsonNode clients = chef.api().get("/chefs/api/me/all-clients/").json();
        JsonNode summary = clients.get("summary");
        assertThat(summary.get("dietary_breakdown").get("Vegetarian").asInt()).as("Ana and Leo").isEqualTo(2);
        assertThat(summary.get("allergy_breakdown").get("Sesame").asInt()).isEqualTo(1);
        JsonNode platform = StreamSupport.stream(clients.get("results").spliterator(), false)
                .filter(client -> client.get("source_type").asString().equals("platform")).findFirst().orElseThrow();
        assertThat(platform.get("customer_id").asLong()).isEqualTo(customer.chefId());
        assertThat(platform.get("id").asString()).isEqualTo("platform_" + customer.chefId());
        JsonNode onlyContacts = chef.api().get("/chefs/api/me/all-clients/?source=contact&search=lima").json();
        assertThat(onlyContacts.get("count").asInt()).isEqualTo(1);
        JsonNode ana = chef.api().get("/chefs/api/me/all-clients/contact_" + contact + "/").json();
        assertThat(ana.get("household_size").asInt()).isEqualTo(2);
        assertThat(ana.get("household_members").get(0).get("name").asString()).isEqualTo("Leo");
        assertThat(chef.api().get("/chefs/api/me/all-clients/?source=everyone").status()).isEqualTo(400);

        JsonNode family = chef.api().get("/chefs/api/me/clients/").json();
        assertThat(family.get("count").asInt()).isEqualTo(1);
        assertThat(family.get("results").get(0).get("customer_id").asLong()).isEqualTo(customer.chefId());

        assertThat(chef.api().patch("/services/connections/" + connection + "/", "{\"action\":\"end\"}").status())
                .isEqualTo(200);
        assertThat(customer.api().get("/customer_dashboard/api/my-chefs/").json().get("count").asInt()).isZero();
        assertThat(chef.api().post("/services/connections/", "{\"customer_id\":" + customer.chefId() + "}").status())
                .as("not invited back the moment it ended").isEqualTo(409);

        // a chef's invitation tells the chef nothing about the customer until they accept
        Person invited = knownCustomer();
        Response invitation = chef.api().post("/services/connections/", "{\"customer_id\":" + invited.chefId() + "}");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        assertThat(invitation.json().get("customer_email").isNull()).isTrue();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> leadOf(chef, invited) == null);
        assertThat(invited.api().patch("/services/connections/" + invitation.json().get("id").asLong() + "/",
                "{\"action\":\"decline\"}").status()).isEqualTo(200);
        assertThat(chef.api().post("/services/connections/", "{\"customer_id\":" + invited.chefId() + "}").status())
                .as("no asking again right after a no").isEqualTo(409);
    }

    @Test
    void aConversationHasUnreadCountsAndEmailsTheFirstUnreadMessageOnly() {
        Person chef = listedChef();
        Person customer = knownCustomer();
        long conversation = customer.api().post("/messaging/api/conversations/with-chef/" + chef.chefId() + "/", "")
                .json().get("conversation").get("id").asLong();
        assertThat(customer.api().post("/messaging/api/conversations/with-chef/" + chef.chefId() + "/", "").json()
                .get("conversation").get("id").asLong()).as("one conversation per pair").isEqualTo(conversation);

        Response first = customer.api().send("POST", "/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"<b>Hi</b> chef, is Saturday free?\"}", java.util.Map.of("Content-Type",
                        "application/json", "Idempotency-Key", "first-" + conversation));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(customer.api().send("POST", "/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"<b>Hi</b> chef, is Saturday free?\"}", java.util.Map.of("Content-Type",
                        "application/json", "Idempotency-Key", "first-" + conversation)).json().get("id").asLong())
                .as("a retry is the same message").isEqualTo(first.json().get("id").asLong());
        assertThat(customer.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"Or Sunday.\"}").status()).isEqualTo(201);
        assertThat(customer.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"  \"}").status()).isEqualTo(400);

        JsonNode chefCounts = chef.api().get("/messaging/api/unread-counts/").json();
        assertThat(chefCounts.get("chef_conversations_unread").asInt()).isEqualTo(2);
        assertThat(chefCounts.get("total_unread").asInt()).isEqualTo(2);
        assertThat(customer.api().get("/messaging/api/unread-counts/").json().get("total_unread").asInt()).isZero();
        JsonNode listed = chef.api().get("/messaging/api/conversations/").json().get("conversations").get(0);
        assertThat(listed.get("unread_count").asInt()).isEqualTo(2);
        assertThat(listed.get("customer").asLong()).isEqualTo(customer.chefId());
        assertThat(listed.get("last_message_preview").asString()).isEqualTo("Or Sunday.");

        Person stranger = knownCustomer();
        assertThat(stranger.api().get("/messaging/api/conversations/" + conversation + "/").status()).isEqualTo(404);
        assertThat(stranger.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"hello\"}").status()).isEqualTo(404);

        String chefEmail = chefEmail(chef);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchCount(DSL.table("notify.outgoing_message"),
                DSL.field("recipient").eq(chefEmail).and(DSL.field("kind").eq("new-message"))) == 1);
        outbox.sendDue();
        List<JsonNode> mails = FakeSendGrid.mailsTo(chefEmail).stream()
                .filter(mail -> mail.path("subject").asString("").startsWith("New message from")).toList();
        assertThat(mails).as("one email for the first unread message").hasSize(1);
        assertThat(FakeSendGrid.text(mails.getFirst())).contains("<b>Hi</b> chef, is Saturday free?");
        String html = StreamSupport.stream(mails.getFirst().path("content").spliterator(), false)
                .filter(part -> part.path("type").asString("").equals("text/html")).findFirst().orElseThrow()
                .path("value").asString();
        assertThat(html).as("the customer's words are text, not markup").contains("&lt;b&gt;Hi&lt;/b&gt;")
                .doesNotContain("<b>Hi</b>");

        assertThat(chef.api().post("/messaging/api/conversations/" + conversation + "/read/", "").json()
                .get("marked").asInt()).isEqualTo(2);
        assertThat(chef.api().get("/messaging/api/unread-counts/").json().get("total_unread").asInt()).isZero();
        assertThat(chef.api().post("/messaging/api/conversations/" + conversation + "/send/",
                "{\"content\":\"Saturday works!\"}").status()).isEqualTo(201);
        assertThat(customer.api().get("/messaging/api/unread-counts/").json().get("customer_conversations_unread")
                .asInt()).isEqualTo(1);
        JsonNode thread = customer.api().get("/messaging/api/conversations/" + conversation + "/").json();
        assertThat(thread.get("messages")).hasSize(3);
        assertThat(thread.get("messages").get(0).get("is_read").asBoolean()).isTrue();
        assertThat(thread.get("messages").get(2).get("sender_id").asLong()).isEqualTo(chef.chefId());
        assertThat(thread.get("messages").get(0).get("sender_id").asLong()).isEqualTo(customer.chefId());
        JsonNode lead = awaitStage(chef, customer, "discovery");
        assertThat(kinds(lead)).as("two messages from the customer, the chef's reply").containsExactly("message",
                "message", "message");
        assertThat(lead.get("status").asString()).isEqualTo("contacted");
    }

    @Test
    void anOpenChatReceivesMessagesTypingAndReadReceiptsLive() throws Exception {
        Person chef = listedChef();
        Person customer = knownCustomer();
        long conversation = customer.api().post("/messaging/api/conversations/with-chef/" + chef.chefId() + "/", "")
                .json().get("conversation").get("id").asLong();
        Chat chefChat = Chat.open(port, conversation, chef.api().accessToken());
        Chat customerChat = Chat.open(port, conversation, customer.api().accessToken());

        customerChat.send("{\"type\":\"message\",\"content\":\"Are you free on Saturday?\"}");
        JsonNode pushed = chefChat.next("message");
        assertThat(pushed.get("message").get("content").asString()).isEqualTo("Are you free on Saturday?");
        assertThat(pushed.get("message").get("sender_id").asLong()).isEqualTo(customer.chefId());
        assertThat(customerChat.next("message").get("message").get("id").asLong()).as("the sender sees it too")
                .isEqualTo(pushed.get("message").get("id").asLong());

        chefChat.send("{\"type\":\"typing\",\"is_typing\":true}");
        JsonNode typing = customerChat.next("typing");
        assertThat(typing.get("user_id").asLong()).isEqualTo(chef.chefId());
        assertThat(typing.get("is_typing").asBoolean()).isTrue();
        chefChat.send("{\"type\":\"read\"}");
        assertThat(customerChat.next("read").get("reader_id").asLong()).isEqualTo(chef.chefId());
        assertThat(chef.api().get("/messaging/api/unread-counts/").json().get("total_unread").asInt()).isZero();

        // a message sent over REST reaches the open chats too
        chef.api().post("/messaging/api/conversations/" + conversation + "/send/", "{\"content\":\"Yes, at 6?\"}");
        assertThat(customerChat.next("message").get("message").get("content").asString()).isEqualTo("Yes, at 6?");
        customer.api().post("/messaging/api/conversations/" + conversation + "/send/", "{\"content\":\"Great!\"}");
        assertThat(chefChat.next("message").get("message").get("content").asString()).as("its own, sent over REST")
                .isEqualTo("Yes, at 6?");
        assertThat(chefChat.next("message").get("message").get("content").asString()).isEqualTo("Great!");
        chef.api().post("/messaging/api/conversations/" + conversation + "/read/", "");
        assertThat(customerChat.next("read").get("reader_id").asLong()).as("a read over REST is pushed too")
                .isEqualTo(chef.chefId());
        customerChat.send("{\"type\":\"message\",\"content\":\"\"}");
        assertThat(customerChat.next("error").get("message").asString()).isNotBlank();
        customerChat.send("not json");
        assertThat(customerChat.next("error").get("message").asString()).contains("JSON");

        Chat reopened = Chat.open(port, conversation, customer.api().accessToken());
        assertThat(reopened.next("message").get("message").get("content").asString())
                .as("a chat opened again gets what was written lately").isEqualTo("Are you free on Saturday?");
        reopened.close();

        assertThat(Chat.refused(port, conversation, knownCustomer().api().accessToken())).as("not one of the two")
                .isEqualTo(404);
        assertThat(Chat.refused(port, conversation, null)).as("not signed in").isEqualTo(401);
        chefChat.close();
        customerChat.close();
    }

    /** The app's chat socket, as a browser opens it: the access token in the query. */
    private record Chat(java.net.http.WebSocket socket, java.util.concurrent.BlockingQueue<JsonNode> received) {

        static Chat open(int port, long conversation, String token) throws Exception {
            java.util.concurrent.BlockingQueue<JsonNode> received = new java.util.concurrent.LinkedBlockingQueue<>();
            java.net.http.WebSocket socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Origin", "http://localhost:5174")
                    .buildAsync(java.net.URI.create("ws://localhost:" + port + "/ws/chat/" + conversation
                            + "/?token=" + token), new java.net.http.WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket webSocket,
                                CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                received.add(tools.jackson.databind.json.JsonMapper.builder().build()
                                        .readTree(text.toString()));
                                text.setLength(0);
                            }
                            webSocket.request(1);
                            return null;
                        }
                    }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            return new Chat(socket, received);
        }

        /** The status the handshake was refused with. */
        static int refused(int port, long conversation, @org.jspecify.annotations.Nullable String token) {
            try {
                java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                        .buildAsync(java.net.URI.create("ws://localhost:" + port + "/ws/chat/" + conversation + "/"
                                + (token == null ? "" : "?token=" + token)), new java.net.http.WebSocket.Listener() {
                        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
                return 101;
            } catch (java.util.concurrent.ExecutionException failed) {
                if (failed.getCause() instanceof java.net.http.WebSocketHandshakeException handshake) {
                    return handshake.getResponse().statusCode();
                }
                throw new IllegalStateException(failed);
            } catch (Exception other) {
                throw new IllegalStateException(other);
            }
        }

        void send(String frame) {
            socket.sendText(frame, true).join();
        }

        /** The next frame of this type, skipping others (such as the sender's own typing). */
        JsonNode next(String type) throws InterruptedException {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < until) {
                JsonNode frame = received.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (frame != null && frame.path("type").asString("").equals(type)) {
                    return frame;
                }
            }
            throw new AssertionError("No " + type + " frame within 10 seconds");
        }

        void close() {
            socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }

    // helpers

    private Person listedChef() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("crm.chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        return chef;
    }

    /** A customer whose account the CRM has heard of. */
    private Person knownCustomer() {
        Person customer = people.customer("94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("crm.person"),
                DSL.field("public_id").eq(customer.chefId())));
        return customer;
    }

    private UUID userOf(Person person) {
        return db.select(DSL.field("user_id", UUID.class)).from("crm.person").where(DSL.field("public_id")
                .eq(person.chefId())).fetchOne().value1();
    }

    private String chefEmail(Person chef) {
        return db.select(DSL.field("email", String.class)).from("crm.person").where(DSL.field("public_id")
                .eq(chef.chefId())).fetchOne().value1();
    }

    private List<JsonNode> leadsOf(Person chef) {
        return StreamSupport.stream(chef.api().get("/chefs/api/me/leads/?page_size=100").json().get("results")
                .spliterator(), false).toList();
    }

    private JsonNode lead(Person chef, long id) {
        Response found = chef.api().get("/crm/api/leads/" + id + "/");
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    /** The chef's lead for the customer once it has this many timeline entries. */
    private JsonNode awaitLead(Person chef, Person customer, int entries) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode lead = leadOf(chef, customer);
            assertThat(lead).isNotNull();
            assertThat(lead.get("interactions").size()).isGreaterThanOrEqualTo(entries);
        });
        return leadOf(chef, customer);
    }

    private JsonNode awaitStage(Person chef, Person customer, String stage) {
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode lead = leadOf(chef, customer);
            assertThat(lead).isNotNull();
            assertThat(lead.get("stage").asString()).isEqualTo(stage);
        });
        return leadOf(chef, customer);
    }

    private JsonNode leadOf(Person chef, Person customer) {
        return leadsOf(chef).stream().filter(lead -> lead.path("customer_id").asLong(-1) == customer.chefId())
                .findFirst().map(lead -> lead(chef, lead.get("id").asLong())).orElse(null);
    }

    private int interactionRows(long leadId) {
        return db.fetchCount(DSL.table("crm.lead_interaction"), DSL.field("lead_id").eq(leadId));
    }

    private static List<String> kinds(JsonNode lead) {
        return StreamSupport.stream(lead.get("interactions").spliterator(), false)
                .map(entry -> entry.get("type").asString()).toList();
    }

    private long mealEvent(Person chef) {
        long meal = chef.api().post("/meals/api/chef/meals/", "{\"name\":\"Bibimbap " + UUID.randomUUID() + "\"}")
                .json().get("id").asLong();
        Response event = chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"12:00","base_price":18,"max_orders":10}"""
                .formatted(meal, LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2)));
        assertThat(event.status()).as(event.body()).isIn(200, 201);
        return event.json().get("details").get("id").asLong();
    }

    private void pay(Person customer, long order) {
        customer.api().post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        String payload = StripeCheckouts.orderPaid(StripeCheckouts.intent("crm"), "chef_meal",
                StripeCheckouts.metadata(StripeCheckouts.lastCheckoutForm(), "order_id"), 3600);
        api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload));
        await().atMost(Duration.ofSeconds(10)).until(() -> customer.api().get("/meals/api/my-orders/" + order + "/")
                .json().get("status").asString().equals("paid"));
    }
}
