package com.chefweb.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.chefs.MarketplaceChefs;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.chefs.events.WaitlistUnsubscribed;
import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.notify.messages.Reminders;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeCheckouts;
import com.chefweb.support.StripeEvents;
import com.chefweb.support.TestAccounts;

/**
 * The emails of a marketplace order, as SendGrid receives them: a receipt to the customer and an alert to the chef
 * (the customer's allergies first) once paid, each once however often Stripe reports the payment, and the
 * cancellation to both, and a reminder to the customer the day before it is served.
 */
class MarketplaceEmailTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    Outbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    MovableClock clock;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void aPaidOrderSendsOneReceiptAndOneAlertWithTheAllergiesFirst() {
        Person chef = listedChef();
        long event = mealEvent(chef);
        String customerEmail = TestAccounts.uniqueEmail("allergic");
        HttpApi customer = customerWithAllergies(customerEmail);
        long order = customer.post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + event + ",\"quantity\":2}")
                .json().get("order").asLong();
        customer.post("/meals/api/process-chef-meal-payment/" + order + "/", "");
        String paid = StripeCheckouts.orderPaid(StripeCheckouts.intent("mail"), "chef_meal",
                StripeCheckouts.metadata(StripeCheckouts.lastCheckoutForm(), "order_id"), 3600);
        for (int i = 0; i < 2; i++) {
            assertThat(api.send("POST", "/api/payments/webhook", paid, StripeEvents.signedHeaders(paid)).status())
                    .isEqualTo(200);
        }
        String chefEmail = emailOf(chef.chefId());
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(customerEmail, "order-receipt") == 1
                && queued(chefEmail, "new-order-alert") == 1);
        outbox.sendDue();

        List<JsonNode> receipts = mails(customerEmail, "is confirmed");
        assertThat(receipts).as("one receipt, however often Stripe said paid").hasSize(1);
        assertThat(FakeSendGrid.text(receipts.getFirst())).contains("#" + order, "$36.00");
        assertThat(receipts.getFirst().path("from").path("name").asString()).as("the marketplace's own name")
                .isEqualTo("ChefWeb Marketplace");
        List<JsonNode> alerts = mails(chefEmail, "New order #" + order);
        assertThat(alerts).hasSize(1);
        String alert = FakeSendGrid.text(alerts.getFirst());
        assertThat(alert.lines().skip(2).findFirst().orElseThrow()).as("the allergies come first")
                .isEqualTo("Allergies: Peanuts, Sesame");
        assertThat(alert).contains("Your share: $32.40");

        // the day before the meal share, from nine in the chef's time zone: a reminder, once
        java.time.ZonedDateTime dayBefore = LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(2)
                .atTime(10, 0).atZone(ZoneId.of("America/Los_Angeles"));
        clock.set(dayBefore.toInstant());
        reminders.queueDue();
        reminders.queueDue();
        outbox.sendDue();
        assertThat(mails(customerEmail, "Tomorrow: order #" + order)).singleElement().satisfies(mail ->
                assertThat(FakeSendGrid.text(mail)).contains("serves your order tomorrow", "Dumplings",
                        "at 6:00 PM PST"));
    }

    @Test
    void aCancelledOrderIsToldToTheCustomerAndTheChef() {
        Person chef = listedChef();
        long event = mealEvent(chef);
        String customerEmail = TestAccounts.uniqueEmail("changed-mind");
        HttpApi customer = customerWithAllergies(customerEmail);
        Response placed = customer.post("/meals/api/chef-meal-orders/", "{\"meal_event\":" + event + "}");
        long mealOrder = placed.json().get("id").asLong();
        long order = placed.json().get("order").asLong();
        assertThat(customer.post("/meals/api/chef-meal-orders/" + mealOrder + "/cancel/",
                "{\"reason\":\"Plans changed\"}").status()).isEqualTo(200);
        String chefEmail = emailOf(chef.chefId());
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(customerEmail, "order-cancelled") == 1
                && queued(chefEmail, "order-cancelled") == 1);
        outbox.sendDue();
        assertThat(mails(customerEmail, "Order #" + order + " cancelled")).singleElement()
                .satisfies(mail -> assertThat(FakeSendGrid.text(mail)).contains("is cancelled"));
        assertThat(mails(chefEmail, "Order #" + order + " cancelled")).hasSize(1);
    }

    @Test
    void aChefsNewMealShareIsAnnouncedToTheWaitlistOnceAndNotAgainWithinTheCooldown() {
        Person chef = listedChef();
        String email = TestAccounts.uniqueEmail("waiting");
        HttpApi customer = customerWithAllergies(email);
        assertThat(customer.post("/chefs/api/public/" + chef.chefId() + "/waitlist/subscribe", "{}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("notify.waitlist_subscription"),
                DSL.field("chef_id").eq(chef.chefId())));

        mealEvent(chef);
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(email, "waitlist-new-event") == 1);
        mealEvent(chef);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() ->
                queued(email, "waitlist-new-event") == 1);
        outbox.sendDue();
        List<JsonNode> announced = mails(email, "has a new meal share");
        assertThat(announced).as("once, and not again within the chef's 24 hours").hasSize(1);
        assertThat(FakeSendGrid.text(announced.getFirst())).contains("Dumplings", "/c/" + chef.username());
    }

    @Test
    void aSubscriptionHeardAfterTheUnsubscriptionThatEndedItDoesNotPutTheCustomerBackOnTheWaitlist() {
        Person chef = listedChef();
        String stayed = TestAccounts.uniqueEmail("stayed");
        customerWithAllergies(stayed).post("/chefs/api/public/" + chef.chefId() + "/waitlist/subscribe", "{}");
        String left = TestAccounts.uniqueEmail("left");
        customerWithAllergies(left);
        UUID leftId = db.select(DSL.field("id", UUID.class)).from("identity.user_account")
                .where(DSL.field("email").eq(left)).fetchOne().value1();
        UUID chefUser = UUID.fromString(chef.accountId());
        java.time.Instant joinedAt = java.time.Instant.now().minusSeconds(60);
        // the customer joined, then left; notifications hear of the leaving first and of the joining late
        transactions.executeWithoutResult(status -> events.publishEvent(new WaitlistUnsubscribed(chef.chefId(),
                chefUser, leftId, java.time.Instant.now())));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("notify.waitlist_subscription"),
                DSL.field("customer_user_id").eq(leftId).and(DSL.field("unsubscribed_at").isNotNull())));
        transactions.executeWithoutResult(status -> events.publishEvent(new WaitlistSubscribed(chef.chefId(),
                chefUser, leftId, joinedAt)));
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("notify.waitlist_subscription"),
                DSL.field("customer_user_id").eq(leftId).and(DSL.field("subscribed_at", java.time.Instant.class)
                        .gt(java.time.Instant.EPOCH))));

        mealEvent(chef);
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(stayed, "waitlist-new-event") == 1);
        assertThat(queued(left, "waitlist-new-event")).as("the customer's last word was to leave").isZero();
    }

    private HttpApi customerWithAllergies(String email) {
        String username = "cust_" + UUID.randomUUID().toString().substring(0, 8);
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s","allergies":["Peanuts","Sesame"]},
                 "address":{"city":"San Francisco","postal_code":"94103","country":"US"}}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("notify.marketplace_person"),
                DSL.field("email").eq(email)));
        return api.as(registered.json().get("access").asString());
    }

    private Person listedChef() {
        Person chef = people.chef();
        people.list(chef, "94103");
        await().atMost(Duration.ofSeconds(10)).until(() -> db.fetchExists(DSL.table("booking.marketplace_chef"),
                DSL.field("chef_id").eq(chef.chefId()).and(DSL.field("listed", Boolean.class).isTrue())));
        return chef;
    }

    private long mealEvent(Person chef) {
        long meal = chef.api().post("/meals/api/chef/meals/", "{\"name\":\"Dumplings\"}").json().get("id").asLong();
        return chef.api().post("/meals/api/chef-meal-events/", """
                {"meal":%d,"event_date":"%s","event_time":"18:00","base_price":18,"max_orders":10}"""
                .formatted(meal, LocalDate.now(ZoneId.of("America/Los_Angeles")).plusDays(3))).json()
                .get("details").get("id").asLong();
    }

    private String emailOf(long chefId) {
        return db.select(DSL.field("email", String.class)).from("crm.person").where(DSL.field("public_id")
                .eq(chefId)).fetchOne().value1();
    }

    private int queued(String recipient, String kind) {
        return db.fetchCount(DSL.table("notify.outgoing_message"), DSL.field("recipient").eq(recipient)
                .and(DSL.field("kind").eq(kind)));
    }

    private static List<JsonNode> mails(String recipient, String subjectPart) {
        return FakeSendGrid.mailsTo(recipient).stream()
                .filter(mail -> mail.path("subject").asString("").contains(subjectPart)).toList();
    }
}
