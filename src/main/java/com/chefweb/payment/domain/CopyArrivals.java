package com.chefweb.payment.domain;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingRequestRefused;
import com.chefweb.shared.refusal.Refusal;

/**
 * Lets a request wait for payment's copy of what another module sold (a booking, a marketplace order), which arrives
 * from that module's events a moment after its transaction commits: a card payment started right after the booking
 * was placed, an order's checkout opened right after the order, and the storefront's checkout, which asks booking to
 * place the booking and answers with the payment in the same request. A waiter wakes when the
 * copy is committed on this instance, or when booking refuses the checkout; it also looks again every
 * {@value #LOOK_AGAIN_MILLIS} ms, so a copy written elsewhere (a redelivery, another instance) is found too.
 */
@Component
class CopyArrivals {

    private static final long LOOK_AGAIN_MILLIS = 100;

    private final ConcurrentMap<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    private final BookingDueRepository dues;
    private final MarketplaceOrderRepository orders;
    private final TransactionTemplate transactions;
    private final Duration copyWait;
    private final Duration checkoutWait;

    CopyArrivals(BookingDueRepository dues, MarketplaceOrderRepository orders, TransactionTemplate transactions,
            @Value("${chefweb.payment.copy-wait:PT2S}") Duration copyWait,
            @Value("${chefweb.payment.checkout-wait:PT15S}") Duration checkoutWait) {
        this.dues = dues;
        this.orders = orders;
        this.transactions = transactions;
        this.copyWait = copyWait;
        this.checkoutWait = checkoutWait;
    }

    /** Payment's copy of the booking, waiting a little for one placed a moment ago; empty for an unknown booking. */
    Optional<BookingDue> due(UUID bookingId) {
        return await("booking:" + bookingId, copyWait, () -> dues.find(bookingId));
    }

    /** Payment's copy of the order, waiting a little for one placed a moment ago; empty for an unknown order. */
    Optional<MarketplaceOrder> order(UUID orderId) {
        return await("order:" + orderId, copyWait, () -> orders.find(orderId));
    }

    /** Call before asking booking to place the checkout's booking, so that its answer cannot be missed. */
    void expectCheckout(String checkoutKey) {
        waiting.computeIfAbsent("checkout:" + checkoutKey, key -> new CompletableFuture<>());
    }

    /**
     * The booking the checkout placed, once payment's copy of it exists.
     *
     * @throws Refusal booking's refusal of the form, as booking's own endpoint would have said it
     */
    Optional<BookingDue> checkoutPlaced(String checkoutKey) {
        return await("checkout:" + checkoutKey, checkoutWait, () -> dues.findByCheckoutKey(checkoutKey));
    }

    /** Wakes the waiters for this copy once the transaction that wrote it has committed. */
    void announceAfterCommit(BookingDue due) {
        afterCommit(() -> {
            wake("booking:" + due.bookingId(), null);
            if (due.checkoutKey() != null) {
                wake("checkout:" + due.checkoutKey(), null);
            }
        });
    }

    void announceAfterCommit(UUID orderId) {
        afterCommit(() -> wake("order:" + orderId, null));
    }

    private static void afterCommit(Runnable wakeUp) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeUp.run();
            }
        });
    }

    /** Booking said no to a checkout's form; its waiters answer with booking's words. Nothing to store. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRequestRefused refused) {
        wake("checkout:" + refused.requestKey(), CheckoutRefusals.toRefusal(refused));
    }

    private void wake(String key, @Nullable Refusal refusal) {
        CompletableFuture<Void> signal = waiting.remove(key);
        if (signal != null) {
            if (refusal == null) {
                signal.complete(null);
            } else {
                signal.completeExceptionally(refusal);
            }
        }
    }

    private <T> Optional<T> await(String key, Duration patience, Supplier<Optional<T>> lookup) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            CompletableFuture<Void> signal = waiting.computeIfAbsent(key, k -> new CompletableFuture<>());
            Optional<T> found = transactions.execute(status -> lookup.get());
            long left = deadline - System.nanoTime();
            if (found.isPresent() || left <= 0) {
                waiting.remove(key, signal);
                return found;
            }
            try {
                signal.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_AGAIN_MILLIS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException lookAgain) {
                // the copy may have been written where no signal reaches: look again
            } catch (ExecutionException refused) {
                throw (Refusal) refused.getCause();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }
}
