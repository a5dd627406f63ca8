package com.chefweb.catalog.offering;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.scheduling.Arrivals;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * Which chef the signed-in account acts as. The copy arrives from identity's event a moment after the account
 * switched to its chef role, so a request made right then waits for it briefly ({@link Arrivals}: it wakes when the
 * copy is committed on this instance and looks again every 100 ms, for a copy written by another instance).
 * Called outside any transaction, so no connection is held while waiting.
 */
@Component
public class ChefCopies {

    private final Arrivals arrivals = new Arrivals();
    private final ChefCopyRepository chefs;
    private final Duration patience;

    ChefCopies(ChefCopyRepository chefs, @Value("${chefweb.catalog.chef-copy-wait:PT2S}") Duration patience) {
        this.chefs = chefs;
        this.patience = patience;
    }

    /**
     * The chef the caller acts as: the caller must be in the chef role and known to the catalog. An account in the
     * chef role the catalog never heard enter it (one signed straight into that role, or a staff console account)
     * has no chef profile here: not found, as the app's chef profile answers when there is no chef row, and never
     * the 403 that tells a caller its role may not do this. Switching roles in the app announces the chef.
     */
    public Chef actingChef() {
        return findActingChef().orElseThrow(() -> Refusal.notFound("Switch to your chef role first"));
    }

    /** The chef the caller acts as, or empty for anonymous callers, other roles, and chefs still unknown here. */
    public Optional<Chef> findActingChef() {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null || !"chef".equals(actor.role()) || actor.userId().isEmpty()) {
            return Optional.empty();
        }
        return await(actor.userId().get());
    }

    /**
     * The chef the caller acts as if the catalog already knows them, without waiting: for public pages, where a chef
     * the catalog has not heard of yet simply sees what customers see.
     */
    public Optional<Chef> knownActingChef() {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null || !"chef".equals(actor.role()) || actor.userId().isEmpty()) {
            return Optional.empty();
        }
        return chefs.find(actor.userId().get());
    }

    /** Wakes the requests waiting for this chef once the transaction that wrote the copy has committed. */
    void announceAfterCommit(UUID userId) {
        arrivals.announceAfterCommit(userId.toString());
    }

    private Optional<Chef> await(UUID userId) {
        return arrivals.await(userId.toString(), patience, () -> chefs.find(userId));
    }
}
