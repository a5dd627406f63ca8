package com.chefweb.crm.people;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.identity.events.MarketplaceProfileSaved;

/** Keeps the CRM's copies of marketplace customers and chefs from their owners' announcements. */
@Component
class CrmPeopleListener {

    private final CrmPeopleRepository people;
    private final Clock clock;

    CrmPeopleListener(CrmPeopleRepository people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MarketplaceProfileSaved saved) {
        Person person = new Person(saved.userId(), saved.publicId(), saved.username(), saved.name(), saved.email(),
                saved.householdMemberCount(), saved.allergies(), saved.dietaryPreferences());
        people.savePerson(person, saved.savedAt());
        people.fillLeadsOf(person, clock.instant());
    }

    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        people.saveChef(new ChefCard(changed.chefId(), changed.userId(), changed.username(), changed.displayName(),
                changed.profilePicUrl(), changed.listed()), changed.changedAt());
    }
}
