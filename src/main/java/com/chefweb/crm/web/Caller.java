package com.chefweb.crm.web;

import java.util.UUID;

import com.chefweb.crm.events.ClientFact;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/** Who is calling, in the CRM's terms: whose leads they work on, and which side of a connection they are on. */
final class Caller {

    private Caller() {
    }

    static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> Refusal.notSignedIn("Sign in first"));
    }

    /** The signed-in account. */
    static UUID user() {
        return actor().userId().orElseThrow(() -> Refusal.notAllowed("Sign in as a person, not with an API key"));
    }

    /** Whether the caller acts as a chef now (the app's chef role). */
    static boolean actsAsChef() {
        return actor().role().equals("chef");
    }

    /** Whose leads the caller works on: a chef's own, or the house's for staff. */
    static UUID leadOwner() {
        Actor actor = actor();
        if (actor.isStaff()) {
            return ClientFact.HOUSE;
        }
        if (actor.role().equals("chef")) {
            return user();
        }
        throw Refusal.notAllowed("Not a chef: switch to your chef role to see your clients");
    }

    /** The chef the caller acts as. */
    static UUID chef() {
        if (!actsAsChef()) {
            throw Refusal.notAllowed("Not a chef: switch to your chef role to see your clients");
        }
        return user();
    }
}
