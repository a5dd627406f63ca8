package com.chefweb.catalog.offering;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.identity.events.ChefModeEntered;

/**
 * Keeps the catalog's copy of who is a chef, so offerings can name their chef without asking identity, and whether
 * the chef is listed, so customers never see the offerings of a chef staff have not verified or who is offline.
 */
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

    /** Customers see a chef's offerings only while the chef's profile is listed (verified and live). */
    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        chefs.saveListed(new Chef(changed.userId(), changed.chefId(), changed.username()), changed.listed(),
                changed.changedAt());
        arrivals.announceAfterCommit(changed.userId());
    }
}
