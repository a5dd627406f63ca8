package com.chefweb.booking.marketplace;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.identity.events.MarketplaceAddressSaved;
import com.chefweb.identity.events.MarketplaceProfileSaved;

/** Keeps booking's copies of marketplace chefs and customers from their owners' announcements. */
@Component
class PeopleListener {

    private final PeopleRepository people;
    private final MarketplacePeople arrivals;

    PeopleListener(PeopleRepository people, MarketplacePeople arrivals) {
        this.people = people;
        this.arrivals = arrivals;
    }

    @ApplicationModuleListener
    void on(ChefProfileChanged changed) {
        people.saveChef(new MarketplaceChef(changed.userId(), changed.chefId(), changed.username(),
                changed.displayName(), ZoneId.of(changed.timeZone()),
                Currency.getInstance(changed.defaultCurrency().toUpperCase(Locale.ROOT)), changed.live(),
                changed.listed(), changed.onBreak()), changed.servingPostalCodes(), changed.changedAt());
        arrivals.announceAfterCommit(changed.userId());
    }

    /** Kept on one line, as a chef reads it: street, city, state and postal code, country. */
    @ApplicationModuleListener
    void on(MarketplaceAddressSaved saved) {
        String line = String.join(", ", java.util.stream.Stream.of(saved.street(), saved.city(),
                        join(saved.state(), saved.postalCode()), saved.country())
                .filter(part -> part != null && !part.isBlank()).toList());
        people.saveAddress(saved.userId(), line, saved.postalCode(), saved.country(), saved.savedAt());
    }

    private static @org.jspecify.annotations.Nullable String join(@org.jspecify.annotations.Nullable String state,
            @org.jspecify.annotations.Nullable String postalCode) {
        String joined = ((state == null ? "" : state) + " " + (postalCode == null ? "" : postalCode)).strip();
        return joined.isEmpty() ? null : joined;
    }

    @ApplicationModuleListener
    void on(MarketplaceProfileSaved saved) {
        people.saveCustomer(new MarketplaceCustomer(saved.userId(), saved.publicId(), saved.username(), saved.email()),
                saved.savedAt());
    }
}
