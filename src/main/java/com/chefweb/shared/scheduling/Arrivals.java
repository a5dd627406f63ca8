package com.chefweb.shared.scheduling;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a request wait briefly for a module's copy of another module's fact, which arrives from that module's event a
 * moment after its transaction commits (a chef who just switched role, an order placed a moment ago). A waiter wakes
 * when the copy is committed on this instance and looks again every {@value #LOOK_AGAIN_MILLIS} ms, so a copy written
 * elsewhere (a redelivery, another instance) is found too. Each module keeps its own instance: it holds only who is
 * waiting, never data. Call it outside a transaction, so no connection is held while waiting.
 */
public final class Arrivals {

    private static final long LOOK_AGAIN_MILLIS = 100;

    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** The copy, looked up until it is there or {@code patience} has passed. */
    public <T> Optional<T> await(String key, Duration patience, Supplier<Optional<T>> lookup) {
        long deadline = System.nanoTime() + patience.toNanos();
        CompletableFuture<Void> signal = null;
        try {
            while (true) {
                signal = waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
                Optional<T> found = lookup.get();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                try {
                    signal.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_AGAIN_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException | ExecutionException lookAgain) {
                    // the copy may have been written where no signal reaches: look again
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (signal != null) {
                waiting.remove(key, signal);
            }
        }
    }

    /** Wakes the waiters for these keys once the current transaction commits (at once without one). */
    public void announceAfterCommit(String... keys) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake(keys);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake(keys);
            }
        });
    }

    private void wake(String... keys) {
        for (String key : keys) {
            CompletableFuture<Void> signal = waiting.remove(key);
            if (signal != null) {
                signal.complete(null);
            }
        }
    }
}
