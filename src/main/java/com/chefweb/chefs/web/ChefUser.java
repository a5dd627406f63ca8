package com.chefweb.chefs.web;

import java.util.Optional;
import java.util.UUID;

import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/** The signed-in account behind a request (API keys have no marketplace account). */
final class ChefUser {

    private ChefUser() {
    }

    static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> Refusal.notSignedIn("Sign in first"));
    }

    static UUID id() {
        return actor().userId().orElseThrow(() -> Refusal.notFound("API keys have no marketplace account"));
    }

    /** Whom payment reports a chef's payout account by: the account's chef link, else the account itself. */
    static UUID payoutId() {
        Actor actor = actor();
        return actor.chefId() != null ? actor.chefId() : id();
    }

    /** The signed-in user's account, or empty for anonymous callers and API keys. */
    static Optional<UUID> viewer() {
        return CurrentActor.get().flatMap(Actor::userId);
    }
}
