package com.chefweb.chefs.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Copies this module keeps from other modules' events (a chef's profile opened by identity's news, an upload media
 * checked) arrive a moment after the fact. A request that comes right behind the fact looks again for a little while
 * before it answers that the thing is not there.
 */
final class Arrivals {

    static final Duration PATIENCE = Duration.ofSeconds(2);
    private static final long STEP_MILLIS = 100;

    private Arrivals() {
    }

    static <T> Optional<T> await(Supplier<Optional<T>> lookup) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Optional<T> found = lookup.get();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
            found = lookup.get();
        }
        return found;
    }
}
