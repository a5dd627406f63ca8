package com.chefweb.booking.meals;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.chefs.events.ChefProfileChanged;

/**
 * A chef going on a break cancels their upcoming meal events, and payment refunds the paid orders. An old
 * announcement delivered after a newer profile cancels only what was planned before it, so it never cancels events
 * the chef planned after coming back.
 */
@Component
class ChefBreaks {

    private static final Logger log = LoggerFactory.getLogger(ChefBreaks.class);

    private final MealEvents events;
    private final MarketplacePeople people;
    private final Clock clock;

    ChefBreaks(MealEvents events, MarketplacePeople people, Clock clock) {
        this.events = events;
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        if (!changed.onBreak()) {
            return;
        }
        // an event made in the moment before booking's copy knew of the break is cancelled too; when the copy knows
        // of a newer profile, the chef may have come back since, and only what was planned before this news goes
        Instant newer = people.chefChangedAt(changed.userId()).filter(at -> at.isAfter(changed.changedAt()))
                .orElse(null);
        Instant plannedBefore = newer == null ? clock.instant() : changed.changedAt();
        int cancelled = events.cancelForBreak(changed.userId(), plannedBefore);
        if (cancelled > 0) {
            log.info("Chef {} went on a break: {} upcoming meal shares cancelled", changed.username(), cancelled);
        }
    }
}
