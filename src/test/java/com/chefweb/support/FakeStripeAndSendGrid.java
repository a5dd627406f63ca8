package com.chefweb.support;


import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole service over HTTP: Stripe, SendGrid, OpenAI and Twilio faked at the HTTP level (so
 * the real SDKs' requests are exercised), a movable clock, a log of published events, and one application context shared by
 * every test class that extends it. A class that needs other settings (crew limits, rate limits, no Stripe, an empty
 * database) has a context of its own instead.
 *
 * <p>Many crews: the classes sharing this context book slots at random, and must never compete for a crew; how a
 * full slot is refused is tested in a context of its own. Failed event deliveries are retried after a second, so
 * retries can be watched; the email job waits an hour, so tests send what is due themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chefweb.booking.crews=1000", "chefweb.events.resubmit-after=PT1S", "chefweb.events.resubmit-every=PT1S",
        "chefweb.notify.send-every=PT1H"})
@Import({MovableClock.Configuration.class, PublishedEventLog.class, FakeTwilio.Configuration.class})
public abstract class FakeStripeAndSendGrid {

    @Autowired
    private MovableClock serviceClock;

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry properties) {
        FakeStripe.register(properties);
        FakeSendGrid.register(properties);
        FakeOpenAI.register(properties);
        FakeTwilio.register(properties);
    }

    @BeforeEach
    void resetFakesAndTime() {
        FakeStripe.reset();
        FakeSendGrid.reset();
        FakeOpenAI.reset();
        FakeTwilio.reset();
        serviceClock.reset();
    }
}
