package com.chefweb.booking.meals;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps meal orders moving. An order holds its servings while its customer pays; one left unpaid past the hold is cancelled, on one instance
 * at a time, so an abandoned checkout cannot keep a popular meal share sold out. A payment that still arrives is
 * given back by payment.
 */
@Component
class MealOrderHoldJob {

    private static final Logger log = LoggerFactory.getLogger(MealOrderHoldJob.class);
    private static final int BATCH = 200;

    private final MealOrders orders;
    private final Duration hold;
    private final Clock clock;

    MealOrderHoldJob(MealOrders orders, @Value("${chefweb.booking.unpaid-meal-order-hold:PT3H}") Duration hold,
            Clock clock) {
        this.orders = orders;
        this.hold = hold;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.release-unpaid-meal-orders-every:PT5M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "release-unpaid-meal-orders")
    void releaseUnpaid() {
        int released = orders.releaseUnpaid(clock.instant().minus(hold), BATCH);
        if (released > 0) {
            log.info("Released {} meal orders left unpaid for more than {}", released, hold);
        }
    }

    /** A meal event is completed a few hours after it began, with its paid orders. */
    @Scheduled(fixedDelayString = "${chefweb.booking.complete-every:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "complete-finished-meal-events")
    void completeFinished() {
        int completed = orders.completeFinished(clock.instant().minus(Duration.ofHours(4)), BATCH);
        if (completed > 0) {
            log.info("Completed {} meal events that took place", completed);
        }
    }
}
