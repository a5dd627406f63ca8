package com.chefweb.catalog.offering;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * Which chef the signed-in account acts as. The copy arrives from identity's event a moment after the account
 * switched to its chef role, so a request made right then waits for it briefly: it wakes when the copy is committed
 * on this instance and looks again every {@value #LOOK_AGAIN_MILLIS} ms (a copy written by another instance).
 * Called outside any transaction, so no connection is held while waiting.
 */
@Component
public class ChefCopies {

    private static final long LOOK_AGAIN_MILLIS = 100;

    private final ConcurrentMap<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
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
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake(userId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake(userId);
            }
        });
    }

    private void wake(UUID userId) {
        CompletableFuture<Void> signal = waiting.remove(userId);
        if (signal != null) {
            signal.complete(null);
        }
    }

    private Optional<Chef> await(UUID userId) {
        long deadline = System.nanoTime() + patience.toNanos();
        CompletableFuture<Void> signal = null;
        try {
            while (true) {
                signal = waiting.computeIfAbsent(userId, key -> new CompletableFuture<>());
                Optional<Chef> found = chefs.find(userId);
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                try {
                    signal.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_AGAIN_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException lookAgain) {
                    // written where no signal reaches: look again
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (signal != null) {
                waiting.remove(userId, signal);
            }
        }
    }
}
