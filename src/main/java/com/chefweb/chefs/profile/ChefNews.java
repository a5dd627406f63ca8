package com.chefweb.chefs.profile;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefProfileChanged;

/** Publishes a chef's profile as it now is, inside the transaction that changed it. */
@Component
class ChefNews {

    private final ChefRepository chefs;
    private final GalleryRepository gallery;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChefNews(ChefRepository chefs, GalleryRepository gallery, ApplicationEventPublisher events, Clock clock) {
        this.chefs = chefs;
        this.gallery = gallery;
        this.events = events;
        this.clock = clock;
    }

    void changed(long chefId) {
        Chef chef = chefs.find(chefId).orElseThrow();
        events.publishEvent(new ChefProfileChanged(chef.id(), chef.userId(), chef.username(), chef.displayName(),
                chef.timeZone(), chef.defaultCurrency(), chef.verified(), chef.live(), chef.onBreak(), chef.listed(),
                chef.profilePicUrl(), !chef.bio().isBlank(), gallery.photoCount(chefId),
                gallery.postalCodes(chefId).stream().map(ServedPostalCode::asKey).toList(), clock.instant()));
    }
}
