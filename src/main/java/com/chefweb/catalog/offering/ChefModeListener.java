package com.chefweb.catalog.offering;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.ChefModeEntered;

/** Keeps the catalog's copy of who is a chef, so offerings can name their chef without asking identity. */
@Component
class ChefModeListener {

    private final ChefCopyRepository chefs;
    private final ChefCopies arrivals;

    ChefModeListener(ChefCopyRepository chefs, ChefCopies arrivals) {
        this.chefs = chefs;
        this.arrivals = arrivals;
    }

    @ApplicationModuleListener
    void on(ChefModeEntered entered) {
        chefs.save(new Chef(entered.userId(), entered.publicId(), entered.username()), entered.enteredAt());
        arrivals.announceAfterCommit(entered.userId());
    }
}
