package com.chefweb.notify.messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.identity.events.MarketplaceProfileSaved;

/** Keeps notifications' copies of marketplace customers, chefs and orders from their owners' announcements. */
@Component
class MarketplaceCopies {

    private final MarketplaceFactsRepository facts;

    MarketplaceCopies(MarketplaceFactsRepository facts) {
        this.facts = facts;
    }

    @ApplicationModuleListener
    void on(MarketplaceProfileSaved saved) {
        facts.savePerson(new MarketplaceFactsRepository.Person(saved.userId(), saved.username(), saved.name(),
                saved.email(), saved.allergies()), saved.savedAt());
    }

    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        facts.saveChef(new MarketplaceFactsRepository.Chef(changed.userId(), changed.chefId(),
                changed.displayName() == null || changed.displayName().isBlank() ? changed.username()
                        : changed.displayName(), changed.timeZone(), changed.username()), changed.changedAt());
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderPlaced placed) {
        facts.saveOrder(new MarketplaceFactsRepository.Order(placed.orderId(), placed.orderNumber(),
                placed.orderType().code(), placed.chefId(), placed.customerUserId(), placed.description(),
                placed.amount(), placed.servesAt(), placed.timeZone(), placed.placedAt(), null, null));
    }
}
