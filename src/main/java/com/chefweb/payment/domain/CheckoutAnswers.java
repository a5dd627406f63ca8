package com.chefweb.payment.domain;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.chefweb.booking.events.BookingRequestAccepted;
import com.chefweb.booking.events.BookingRequestRefused;

/**
 * Booking's answers to the storefront checkouts waiting on this instance, each by its request id. Events are
 * dispatched on the instance that committed them, so the answer to a checkout arrives where its request waits; an
 * answer nobody waits for any more (the request gave up, or the instance restarted) is dropped.
 */
@Component
class CheckoutAnswers {

    private final ConcurrentMap<UUID, CompletableFuture<UUID>> waiting = new ConcurrentHashMap<>();

    /** Call before asking booking, so that its answer cannot be missed; {@link #forget} when done. */
    CompletableFuture<UUID> expect(UUID requestId) {
        return waiting.computeIfAbsent(requestId, id -> new CompletableFuture<>());
    }

    void forget(UUID requestId) {
        waiting.remove(requestId);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRequestAccepted accepted) {
        CompletableFuture<UUID> answer = waiting.get(accepted.requestId());
        if (answer != null) {
            answer.complete(accepted.bookingId());
        }
    }

    /** Booking said no; the waiting request answers with booking's own words. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRequestRefused refused) {
        CompletableFuture<UUID> answer = waiting.get(refused.requestId());
        if (answer != null) {
            answer.completeExceptionally(CheckoutRefusals.toRefusal(refused));
        }
    }
}
