package com.chefweb.booking.meals;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.ChefScheduleChanged;

/** Tells the chef's dashboard what a meal event now is, whenever it or its servings change. */
@Component
class MealSchedule {

    private final MealEventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    MealSchedule(MealEventRepository events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    void announce(long mealEventId) {
        events.find(mealEventId).ifPresent(this::announce);
    }

    /** The event as the caller already holds it, read no more. */
    void announce(MealEvent event) {
        publisher.publishEvent(new ChefScheduleChanged(event.chefUserId(), "meal_event", event.id(),
                event.meal().name(), event.startsAt(), event.status(), event.ordersCount(), null, clock.instant()));
    }
}
