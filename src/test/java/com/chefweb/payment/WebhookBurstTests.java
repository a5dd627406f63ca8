package com.chefweb.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.events.core.EventPublicationRepository;


import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.payment.events.RefundIssued;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.StripeEvents;

/**
 * 1,000 signed Stripe events for 400 payments: 800 distinct, 200 sent twice, all shuffled and sent by 20 clients at
 * once. Half the payments are paid then fully refunded, half fail then succeed. Every payment must end in its right
 * state, and no event may be applied twice.
 */
class WebhookBurstTests extends FakeStripeAndSendGrid {

    private static final Logger log = LoggerFactory.getLogger(WebhookBurstTests.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAYMENTS = 400;
    private static final int DUPLICATES = 200;
    private static final int SENDERS = 20;

    @LocalServerPort
    int port;

    @Autowired
    EventPublicationRepository completed;

    private final Map<String, String> bookingOf = new java.util.concurrent.ConcurrentHashMap<>();


    @Test
    void aShuffledBurstWithDuplicatesLeavesEveryPaymentRight() throws Exception {
        FakeStripe.reset();
        HttpApi api = new HttpApi(port);
        List<String> refundedIntents = new ArrayList<>();
        List<String> paidIntents = new ArrayList<>();
        List<String> events = new ArrayList<>();
        bookingOf.clear();
        for (int i = 0; i < PAYMENTS; i++) {
            JsonNode started = api.post("/api/payments/create-intent", JSON.writeValueAsString(Map.of(
                    "paymentType", "deposit", "bookingData", CheckoutTests.bookingForm()))).json();
            String intent = started.get("paymentIntentId").asString();
            bookingOf.put(intent, started.get("bookingId").asString());
            long amount = started.get("amount").asLong();
            if (i % 2 == 0) {
                refundedIntents.add(intent);
                events.add(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), intent, amount));
                events.add(StripeEvents.chargeRefunded("evt_" + UUID.randomUUID(), intent, amount, amount));
            } else {
                paidIntents.add(intent);
                events.add(StripeEvents.paymentFailed("evt_" + UUID.randomUUID(), intent, "Card declined"));
                events.add(StripeEvents.paymentSucceeded("evt_" + UUID.randomUUID(), intent, amount));
            }
        }
        Random random = new Random(42);
        List<String> burst = new ArrayList<>(events);
        for (int i = 0; i < DUPLICATES; i++) {
            burst.add(events.get(random.nextInt(events.size())));
        }
        Collections.shuffle(burst, random);

        long started = System.nanoTime();
        Semaphore senders = new Semaphore(SENDERS);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String payload : burst) {
                senders.acquire();
                pool.submit(() -> {
                    try {
                        int status = api.send("POST", "/api/payments/webhook", payload,
                                StripeEvents.signedHeaders(payload)).status();
                        assertThat(status).isEqualTo(200);
                    } finally {
                        senders.release();
                    }
                });
            }
        }
        long answered = System.nanoTime();
        HttpApi admin = api.asAdmin();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, JsonNode> payments = payments(admin);
            assertThat(refundedIntents).allSatisfy(intent ->
                    assertThat(payments.get(intent).get("status").asString()).as(intent).isEqualTo("refunded"));
            assertThat(paidIntents).allSatisfy(intent ->
                    assertThat(payments.get(intent).get("status").asString()).as(intent).isEqualTo("succeeded"));
            assertThat(admin.get("/api/admin/payments/webhooks").json().get("events")).isEmpty();
        });
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(refundedIntents).allSatisfy(intent -> assertThat(paymentStatusOfBooking(admin, intent))
                    .as(intent).isEqualTo("refunded"));
            assertThat(paidIntents).allSatisfy(intent -> assertThat(paymentStatusOfBooking(admin, intent))
                    .as(intent).isEqualTo("deposit_paid"));
        });
        long settled = System.nanoTime();
        log.info("Webhook burst: {} events ({} duplicates) answered in {} ms, every payment and booking settled after {} ms",
                burst.size(), DUPLICATES, (answered - started) / 1_000_000, (settled - started) / 1_000_000);
        System.out.printf("webhook burst: %d events answered in %d ms, all applied and settled in %d ms%n",
                burst.size(), (answered - started) / 1_000_000, (settled - started) / 1_000_000);

        java.util.Set<String> burstPayments = payments(admin).values().stream()
                .filter(p -> bookingOf.containsKey(p.get("payment_intent_id").asString()))
                .map(p -> p.get("id").asString()).collect(Collectors.toSet());
        Map<String, Long> successes = countBy(PaymentSucceeded.class, burstPayments);
        Map<String, Long> refunds = countBy(RefundIssued.class, burstPayments);
        // every failed-then-paid payment is announced as paid (once); a refunded one at most once, or not at all
        // when its refund arrived first
        long listeners = successes.keySet().stream().map(key -> key.substring(0, key.indexOf(' '))).distinct().count();
        assertThat(successes).hasSizeBetween((int) listeners * PAYMENTS / 2, (int) listeners * PAYMENTS);
        assertThat(successes.values()).as("no payment announced as paid twice").allMatch(count -> count == 1);
        long refundListeners = refunds.keySet().stream().map(key -> key.substring(0, key.indexOf(' '))).distinct().count();
        assertThat(refunds).hasSize((int) refundListeners * PAYMENTS / 2);
        assertThat(refunds.values()).as("no refund announced twice").allMatch(count -> count == 1);
    }

    /** How often each payment was announced, per listener (every listener gets its own publication). */
    private Map<String, Long> countBy(Class<?> type, java.util.Set<String> paymentIds) {
        return completed.findCompletedPublications().stream()
                .filter(publication -> type.isInstance(publication.getEvent()))
                .map(publication -> java.util.Map.entry(publication.getTargetIdentifier().getValue(),
                        publication.getEvent() instanceof PaymentSucceeded s ? s.paymentId().toString()
                                : ((RefundIssued) publication.getEvent()).paymentId().toString()))
                .filter(heard -> paymentIds.contains(heard.getValue()))
                .map(heard -> heard.getKey() + " " + heard.getValue())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    /** The payment status the booking paid with this intent shows (other tests' bookings share the database). */
    private String paymentStatusOfBooking(HttpApi admin, String intent) {
        return admin.get("/api/admin/bookings/" + bookingOf.get(intent)).json().get("booking").get("payment_status")
                .asString();
    }

    private static Map<String, JsonNode> payments(HttpApi admin) {
        Map<String, JsonNode> byIntent = new java.util.HashMap<>();
        for (int offset = 0; offset < PAYMENTS; offset += 200) {
            JsonNode page = admin.get("/api/admin/payments?limit=200&offset=" + offset).json().get("payments");
            StreamSupport.stream(page.spliterator(), false)
                    .forEach(p -> byIntent.put(p.get("payment_intent_id").asString(), p));
        }
        return byIntent;
    }
}
