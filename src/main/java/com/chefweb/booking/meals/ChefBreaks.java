package com.chefweb.booking.meals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefProfileChanged;

/**
 * A chef going on a break cancels their upcoming meal events, and payment refunds the paid orders. Only events planned
 * before the profile said so are cancelled, so an old announcement delivered late never cancels events the chef
 * planned after coming back.
 */
@Component
class ChefBreaks {

    private static final Logger log = LoggerFactory.getLogger(ChefBreaks.class);

    private final MealEvents events;

    ChefBreaks(MealEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        if (!changed.onBreak()) {
            return;
        }
        int cancelled = events.cancelForBreak(changed.userId(), changed.changedAt());
        if (cancelled > 0) {
            log.info("Chef {} went on a break: {} upcoming meal shares cancelled", changed.username(), cancelled);
        }
    }
}
