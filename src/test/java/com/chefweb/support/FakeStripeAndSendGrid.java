package com.chefweb.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that pay with Stripe and read the emails that follow: both services faked at the HTTP level, a
 * movable clock, and one application context shared by every such test class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
public abstract class FakeStripeAndSendGrid {

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry properties) {
        FakeStripe.register(properties);
        FakeSendGrid.register(properties);
    }

    @BeforeEach
    void resetFakes() {
        FakeStripe.reset();
        FakeSendGrid.reset();
    }
}
