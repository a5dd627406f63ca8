package com.chefweb.booking;

import static com.chefweb.booking.StorefrontBookings.json;
import static com.chefweb.booking.StorefrontBookings.party;
import static com.chefweb.booking.StorefrontBookings.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.HttpApi;

/**
 * 200 customers press "book" for the same evening at once. The house business has two crews, so exactly two
 * bookings exist afterwards and everyone else is told the time is taken, with other times to choose.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chefweb.booking.crews=2", "spring.datasource.hikari.maximum-pool-size=20"})
class SameSlotConcurrencyTests {

    private static final int CUSTOMERS = 200;

    @LocalServerPort
    int port;

    @Test
    void simultaneousRequestsForOneSlotNeverExceedTheCrews() throws Exception {
        HttpApi api = new HttpApi(port);
        Map<String, Object> slot = party(Clock.systemUTC(), 40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService customers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < CUSTOMERS; i++) {
                String body = json(with(slot, "contactEmail", "guest-" + UUID.randomUUID() + "@example.com"));
                answers.add(customers.submit(() -> {
                    start.await();
                    return api.post("/api/bookings", body).status();
                }));
            }
            start.countDown();
        }

        Map<Integer, Long> byStatus = answers.stream().map(SameSlotConcurrencyTests::get)
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        assertThat(byStatus).containsOnlyKeys(201, 409);
        assertThat(byStatus.get(201)).isEqualTo(2);
        assertThat(byStatus.get(409)).isEqualTo(CUSTOMERS - 2);

        var bookings = api.asAdmin().get("/api/admin/bookings?limit=200").json();
        assertThat(bookings.get("total").asInt()).as("stored bookings").isEqualTo(2);
        var conflict = api.post("/api/bookings", json(with(slot, "contactEmail", "late@example.com"))).json();
        assertThat(conflict.get("error").asString()).contains("All our chefs are booked");
        assertThat(conflict.get("nearestFreeStarts")).hasSize(3);
        assertThat(conflict.get("nearestFreeStarts").get(0).get("eventDate").asString()).isNotBlank();
    }

    private static int get(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
