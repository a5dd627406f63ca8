package com.chefweb.identity.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two instances sharing one database: each decides alone, and after one exchange each knows what the other admitted.
 * The same configuration as LoginFloodTests, so both run in one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chefweb.rate-limits.login.limit=5", "chefweb.rate-limits.admin-login.limit=5"})
class SharedRateLimitTests {

    private static final RateLimitProperties.Limit FIVE_PER_QUARTER_HOUR =
            new RateLimitProperties.Limit(5, Duration.ofMinutes(15), "Too many");

    @Autowired
    RateLimitLedger ledger;

    @Test
    void whatOneInstanceAdmittedCountsOnTheOtherAfterTheExchange() {
        var first = new RateLimiter(ledger);
        var second = new RateLimiter(ledger);
        String key = "login:" + UUID.randomUUID();

        for (int i = 0; i < 5; i++) {
            assertThat(first.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("attempt %d", i + 1).isEmpty();
        }
        assertThat(first.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("the sixth on the same instance").isPresent();
        first.share();

        // the second instance has not heard of this client: its first request is the stated tolerance
        assertThat(second.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).isEmpty();
        second.share();

        assertThat(second.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("after the exchange").get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
        assertThat(first.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("refused by what the first knows").get()
                .satisfies(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMinutes(3)));
        first.share();
        assertThat(first.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("the first hears of the second's admission").get()
                .satisfies(wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void aRestartedInstanceGrantsNoFreshBurst() {
        var before = new RateLimiter(ledger);
        String key = "login:" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertThat(before.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).isEmpty();
        }
        before.share();

        var restarted = new RateLimiter(ledger);
        restarted.learnWhatIsOwed();

        assertThat(restarted.tryAcquire(key, FIVE_PER_QUARTER_HOUR)).as("the sixth attempt, after the restart")
                .isPresent();
    }

    @Test
    void aClientThatStopsIsForgottenOnceItsBucketHasDrained() {
        var limiter = new RateLimiter(ledger);
        var fast = new RateLimitProperties.Limit(1000, Duration.ofMillis(100), "Too many");
        String key = "booking-lookup:" + UUID.randomUUID();

        assertThat(limiter.tryAcquire(key, fast)).isEmpty();
        limiter.share();
        assertThat(limiter.trackedKeys()).as("shared, not yet drained").isEqualTo(1);

        await().atMost(Duration.ofSeconds(2)).until(() -> {
            limiter.share();
            return limiter.trackedKeys() == 0;
        });
    }
}
