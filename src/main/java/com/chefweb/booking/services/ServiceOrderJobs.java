package com.chefweb.booking.services;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps service orders moving, on one instance at a time: an order left unpaid past the hold (from when its Order was
 * opened) is cancelled, giving the chef's time back, and a confirmed order whose time has passed is completed.
 */
@Component
class ServiceOrderJobs {

    private static final Logger log = LoggerFactory.getLogger(ServiceOrderJobs.class);
    private static final int BATCH = 200;

    private final ServiceOrders orders;
    private final Duration hold;
    private final Clock clock;

    ServiceOrderJobs(ServiceOrders orders, @Value("${chefweb.booking.unpaid-service-order-hold:PT3H}") Duration hold,
            Clock clock) {
        this.orders = orders;
        this.hold = hold;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.release-unpaid-service-orders-every:PT5M}",
            initialDelayString = "PT2M")
    @SchedulerLock(name = "release-unpaid-service-orders")
    void releaseUnpaid() {
        int released = orders.releaseUnpaid(clock.instant().minus(hold), BATCH);
        if (released > 0) {
            log.info("Released the chef's time of {} service orders left unpaid for more than {}", released, hold);
        }
    }

    @Scheduled(fixedDelayString = "${chefweb.booking.complete-every:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "complete-finished-service-orders")
    void completeFinished() {
        int completed = orders.completeFinished(BATCH);
        if (completed > 0) {
            log.info("Completed {} service orders whose time has passed", completed);
        }
    }
}
