package com.chefweb.crm.favorites;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.ChefFavorited;
import com.chefweb.crm.events.ChefUnfavorited;
import com.chefweb.crm.people.ChefCard;
import com.chefweb.crm.people.CrmPeople;
import com.chefweb.shared.refusal.Refusal;

/** Customers' favorite chefs. Favoriting twice is one favorite; each new one is announced once. */
@Service
public class Favorites {

    private final FavoriteRepository favorites;
    private final CrmPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Favorites(FavoriteRepository favorites, CrmPeople people, ApplicationEventPublisher events, Clock clock) {
        this.favorites = favorites;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** A favorite chef, with when the customer added them. */
    public record FavoriteChef(ChefCard chef, Instant addedAt) {
    }

    /** @param added whether it is new (else the chef was a favorite already) */
    public record Added(FavoriteChef favorite, boolean added) {
    }

    /** @throws Refusal.NotFound when the chef is not listed */
    @Transactional
    public Added add(UUID customerUserId, long chefId) {
        ChefCard chef = people.chef(chefId).filter(ChefCard::listed)
                .orElseThrow(() -> Refusal.notFound("Chef not found"));
        if (chef.userId().equals(customerUserId)) {
            throw Refusal.rejected("You cannot favorite yourself");
        }
        Instant now = clock.instant();
        boolean added = favorites.add(customerUserId, chefId, now);
        if (added) {
            events.publishEvent(new ChefFavorited(customerUserId, chefId, chef.userId(), now));
        }
        return new Added(list(customerUserId).stream().filter(favorite -> favorite.chef().chefId() == chefId)
                .findFirst().orElseThrow(), added);
    }

    /** @throws Refusal.NotFound when the chef was not a favorite */
    @Transactional
    public void remove(UUID customerUserId, long chefId) {
        if (!favorites.remove(customerUserId, chefId)) {
            throw Refusal.notFound("This chef is not among your favorites");
        }
        people.chef(chefId).ifPresent(chef -> events.publishEvent(new ChefUnfavorited(customerUserId, chefId,
                chef.userId(), clock.instant())));
    }

    /** Newest first; a chef who is no longer listed stays a favorite but is not shown. */
    @Transactional(readOnly = true)
    public List<FavoriteChef> list(UUID customerUserId) {
        List<FavoriteRepository.Favorite> found = favorites.of(customerUserId);
        Map<Long, ChefCard> chefs = new java.util.HashMap<>();
        for (FavoriteRepository.Favorite favorite : found) {
            people.chef(favorite.chefId()).filter(ChefCard::listed).ifPresent(chef -> chefs.put(chef.chefId(), chef));
        }
        return found.stream().filter(favorite -> chefs.containsKey(favorite.chefId()))
                .map(favorite -> new FavoriteChef(chefs.get(favorite.chefId()), favorite.addedAt())).toList();
    }
}
