package com.chefweb.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.notify.messages.Reminders;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.TextDraft;
import com.chefweb.payment.CheckoutTests;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.support.FakeSendGrid;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.FakeTwilio;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;

/**
 * Texts through the real twilio SDK (its HTTP client faked): only to customers who agreed, once per cause however
 * often its event comes, retried when Twilio is down and failed with the reason when it refuses; Twilio's signed
 * status callbacks and STOP replies believed only when signed; and the reminders the day before and before the
 * balance, once each although two instances look for them at the same moment.
 */
class TextMessageTests extends FakeStripeAndSendGrid {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BAY = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    Reminders reminders;

    @Autowired
    MovableClock clock;

    @Autowired
    EventPublicationRepository publications;

    @Autowired
    JdbcTemplate jdbc;

    HttpApi api;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        api = new HttpApi(port);
        admin = new HttpApi(port).asAdmin();
    }

    @Test
    void aCustomerWhoAgreedIsTextedOnceWhenTheDepositIsPaidAndOneWhoDidNotIsNotTextedAtAll() {
        String phone = randomBayPhone();
        Booked agreed = book(phone, true, 20);
        paid(agreed);
        paid(agreed);
        Map<String, String> text = await().atMost(Duration.ofSeconds(15)).until(() -> {
            outbox.sendDue();
            return FakeTwilio.textsTo(e164(phone)).stream().findFirst().orElse(null);
        }, java.util.Objects::nonNull);
        assertThat(text.get("From")).isEqualTo(FakeTwilio.FROM);
        assertThat(text.get("Body")).startsWith("Bay Hibachi: Your party for 14 on ")
                .contains("is confirmed. Booking " + agreed.confirmation(), "Reply STOP to stop texts.");
        assertThat(text.get("StatusCallback")).isEqualTo(FakeTwilio.BASE_URL + "/api/webhooks/twilio/status");

        String otherPhone = randomBayPhone();
        Booked declined = book(otherPhone, false, 21);
        paid(declined);
        await().atMost(Duration.ofSeconds(15)).until(() -> handled(declined, "BookingTexts"));
        outbox.sendDue();
        assertThat(FakeTwilio.textsTo(e164(otherPhone))).as("no consent, no text").isEmpty();
        assertThat(FakeTwilio.textsTo(e164(phone))).as("Stripe repeating itself is one text").hasSize(1);
        assertThat(admin.get("/api/admin/notifications?channel=sms&recipient=" + enc(e164(phone))).json()
                .get("notifications").get(0).get("status").asString()).isEqualTo("sent");
    }

    @Test
    void aTwilioOutageIsRetriedUntilTheTextIsSentOnceAndARefusalFailsWithTwiliosReason() {
        String phone = e164(randomBayPhone());
        // more 503s than the SDK retries by itself: the outbox has to come back for it
        FakeTwilio.answer(503, "{\"code\":20500,\"message\":\"Internal Server Error\",\"status\":503}", 4);
        outbox.queue(new TextDraft("test-outage:" + phone, "test-sms", phone, "Test", "Hello"));
        outbox.sendDue();
        JsonNode waiting = only(phone);
        assertThat(waiting.get("status").asString()).isEqualTo("queued");
        assertThat(waiting.get("last_error").asString()).contains("503");
        assertThat(FakeTwilio.textsTo(phone)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        outbox.sendDue();
        outbox.sendDue();
        assertThat(FakeTwilio.textsTo(phone)).hasSize(1);
        assertThat(only(phone).get("status").asString()).isEqualTo("sent");
        assertThat(only(phone).get("provider_message_id").asString()).startsWith("SM");

        String invalid = e164(randomBayPhone());
        FakeTwilio.answer(400, "{\"code\":21211,\"message\":\"The 'To' number " + invalid
                + " is not a valid phone number.\",\"more_info\":\"https://www.twilio.com/docs/errors/21211\","
                + "\"status\":400}", 1);
        outbox.queue(new TextDraft("test-refused:" + invalid, "test-sms", invalid, "Test", "Hello"));
        outbox.sendDue();
        JsonNode failed = only(invalid);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("last_error").asString()).contains("400", "21211", "not a valid phone number");
        assertThat(failed.get("attempts").asInt()).as("a refusal is not retried").isEqualTo(1);
    }

    @Test
    void aDeliveryReportIsBelievedOnlyWhenTwilioSignedItAndOnlyItsFinalWordIsKept() {
        String phone = e164(randomBayPhone());
        outbox.queue(new TextDraft("test-delivery:" + phone, "test-sms", phone, "Test", "Hello"));
        outbox.sendDue();
        String sid = only(phone).get("provider_message_id").asString();

        Map<String, String> delivered = form("MessageSid", sid, "MessageStatus", "delivered", "AccountSid",
                FakeTwilio.ACCOUNT_SID, "To", phone);
        var forged = twilio("/api/webhooks/twilio/status", delivered, "bm90IHR3aWxpbw==");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().get("error").asString()).contains("not signed by Twilio");
        assertThat(twilio("/api/webhooks/twilio/status", delivered, null).status()).isEqualTo(403);
        assertThat(only(phone).get("delivery").isNull()).as("a forged report changes nothing").isTrue();

        Map<String, String> sending = form("MessageSid", sid, "MessageStatus", "sent");
        assertThat(twilio("/api/webhooks/twilio/status", sending, signed("/api/webhooks/twilio/status", sending))
                .status()).isEqualTo(204);
        assertThat(only(phone).get("delivery").isNull()).as("on its way is not a final word").isTrue();

        assertThat(twilio("/api/webhooks/twilio/status", delivered,
                signed("/api/webhooks/twilio/status", delivered)).status()).isEqualTo(204);
        Map<String, String> lateFailure = form("MessageSid", sid, "MessageStatus", "failed", "ErrorCode", "30003");
        twilio("/api/webhooks/twilio/status", lateFailure, signed("/api/webhooks/twilio/status", lateFailure));
        assertThat(only(phone).get("delivery").asString()).isEqualTo("delivered");
    }

    @Test
    void aNumberThatRepliedStopIsNotTextedUntilItRepliesStart() {
        String phone = e164(randomBayPhone());
        Map<String, String> stop = form("From", phone, "To", FakeTwilio.FROM, "Body", " stop ", "MessageSid",
                "SM" + UUID.randomUUID().toString().replace("-", ""));
        assertThat(twilio("/api/webhooks/twilio/inbound", stop, "Zm9yZ2Vk").status()).isEqualTo(403);
        var answered = twilio("/api/webhooks/twilio/inbound", stop, signed("/api/webhooks/twilio/inbound", stop));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.body()).contains("<Response></Response>");

        outbox.queue(new TextDraft("test-stop:" + phone, "test-sms", phone, "Test", "Hello"));
        outbox.sendDue();
        assertThat(FakeTwilio.textsTo(phone)).isEmpty();
        assertThat(only(phone).get("status").asString()).isEqualTo("failed");
        assertThat(only(phone).get("last_error").asString()).contains("replied STOP");

        Map<String, String> start = form("From", phone, "To", FakeTwilio.FROM, "Body", "START");
        twilio("/api/webhooks/twilio/inbound", start, signed("/api/webhooks/twilio/inbound", start));
        outbox.queue(new TextDraft("test-start:" + phone, "test-sms", phone, "Test", "Hello again"));
        outbox.sendDue();
        assertThat(FakeTwilio.textsTo(phone)).extracting(text -> text.get("Body")).containsExactly("Hello again");
    }

    @Test
    void theBalanceReminderAndThePartyReminderGoOutOnceEachThoughTwoInstancesLookAtOnce() throws Exception {
        String phone = randomBayPhone();
        Booked booked = book(phone, true, 12);
        paid(booked);
        await().atMost(Duration.ofSeconds(15)).until(() -> handled(booked, "BookingEmails"));
        Instant balanceDue = jdbc.queryForObject("select balance_due_at from notify.booking where booking_id = ?",
                Instant.class, UUID.fromString(booked.id()));
        Instant start = jdbc.queryForObject("select event_start from notify.booking where booking_id = ?",
                Instant.class, UUID.fromString(booked.id()));

        clock.set(balanceDue.minus(Duration.ofDays(2)));
        lookTwiceAtOnce();
        lookTwiceAtOnce();
        outbox.sendDue();
        List<JsonNode> balance = mails(booked.email(), "Balance due: booking " + booked.confirmation());
        assertThat(balance).hasSize(1);
        assertThat(FakeSendGrid.text(balance.getFirst())).contains("Balance: $848.00",
                "We will charge it to the card you paid the deposit with");
        assertThat(FakeTwilio.textsTo(e164(phone))).extracting(text -> text.get("Body"))
                .anyMatch(body -> body.contains("The $848.00 balance for booking " + booked.confirmation()));

        ZonedDateTime dayBefore = start.atZone(BAY).minusDays(1);
        clock.set(dayBefore.withHour(7).toInstant());
        lookTwiceAtOnce();
        outbox.sendDue();
        assertThat(mails(booked.email(), "Tomorrow: your party")).as("not before 9 at the venue").isEmpty();

        clock.set(dayBefore.withHour(10).toInstant());
        lookTwiceAtOnce();
        lookTwiceAtOnce();
        outbox.sendDue();
        List<JsonNode> reminder = mails(booked.email(), "Tomorrow: your party (booking " + booked.confirmation());
        assertThat(reminder).hasSize(1);
        assertThat(FakeSendGrid.text(reminder.getFirst())).contains("Your hibachi party is tomorrow", "Guests: 14");
        assertThat(FakeTwilio.textsTo(e164(phone))).extracting(text -> text.get("Body"))
                .filteredOn(body -> body.contains("Reminder: your party for 14 is tomorrow")).hasSize(1);
    }

    private void lookTwiceAtOnce() throws Exception {
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reminders::queueDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(reminders::queueDue);
        one.get();
        two.get();
    }

    private record Booked(String id, String confirmation, String intent, String email) {
    }

    private Booked book(String phone, boolean smsConsent, int daysAhead) {
        Map<String, Object> form = new LinkedHashMap<>(CheckoutTests.bookingForm());
        form.put("contactPhone", phone);
        form.put("smsConsent", smsConsent);
        form.put("eventDate", LocalDate.now(clock.withZone(BAY)).plusDays(daysAhead).toString());
        form.put("eventTime", "18:00");
        JsonNode started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                "paymentType", "deposit", "bookingData", form))).json();
        return new Booked(started.get("bookingId").asString(), started.get("confirmationNumber").asString(),
                started.get("paymentIntentId").asString(), (String) form.get("contactEmail"));
    }

    private void paid(Booked booked) {
        String payload = StripeEvents.paymentSucceededWithCard("evt_" + UUID.randomUUID(), booked.intent(), 28300,
                "pm_card_visa");
        assertThat(api.send("POST", "/api/payments/webhook", payload,
                StripeEvents.signedHeaders(payload, clock.instant())).status()).isEqualTo(200);
    }

    private boolean handled(Booked booked, String listener) {
        return publications.findCompletedPublications().stream()
                .anyMatch(done -> done.getEvent() instanceof PaymentSucceeded succeeded
                        && succeeded.bookingId().toString().equals(booked.id())
                        && done.getTargetIdentifier().getValue().contains(listener));
    }

    private List<JsonNode> mails(String recipient, String subjectStart) {
        return FakeSendGrid.mailsTo(recipient).stream()
                .filter(mail -> mail.path("subject").asString("").startsWith(subjectStart)).toList();
    }

    private HttpApi.Response twilio(String path, Map<String, String> form, String signature) {
        String body = form.entrySet().stream().map(entry -> enc(entry.getKey()) + "=" + enc(entry.getValue()))
                .collect(Collectors.joining("&"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        if (signature != null) {
            headers.put("X-Twilio-Signature", signature);
        }
        return api.send("POST", path, body, headers);
    }

    private static String signed(String path, Map<String, String> form) {
        return FakeTwilio.signature(FakeTwilio.BASE_URL + path, form);
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private JsonNode only(String phone) {
        JsonNode page = admin.get("/api/admin/notifications?channel=sms&recipient=" + enc(phone)).json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode text = page.get("notifications").get(0);
        assertThat(text.get("channel").asString()).isEqualTo("sms");
        return text;
    }

    private static String randomBayPhone() {
        return "(510) 5" + ThreadLocalRandom.current().nextInt(10, 100) + "-"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
    }

    private static String e164(String usPhone) {
        return "+1" + usPhone.replaceAll("\\D", "");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
