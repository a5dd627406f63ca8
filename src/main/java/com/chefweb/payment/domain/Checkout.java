package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.booking.events.BookingForm;
import com.chefweb.payment.events.StorefrontCheckoutStarted;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.refusal.Refusal;

/**
 * The storefront's checkout: a booking form and a payment in one request. Payment asks booking to place the booking
 * (an event, committed here); booking places it in its own transaction and answers; payment's copy of the booking
 * is written from booking's announcement; then this request goes on to start the card payment. No transaction
 * spans two modules, and the request waits only for its own answer.
 */
@Service
public class Checkout {

    private static final String TOO_SLOW = "Your booking is taking longer than usual to confirm. Please try again in "
            + "a moment: it will not be booked twice.";

    private final ApplicationEventPublisher events;
    private final CheckoutAnswers answers;
    private final CopyArrivals arrivals;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration answerWait;

    Checkout(ApplicationEventPublisher events, CheckoutAnswers answers, CopyArrivals arrivals,
            TransactionTemplate transactions, JsonMapper json, Clock clock,
            @Value("${chefweb.payment.checkout-wait:PT15S}") Duration answerWait) {
        this.events = events;
        this.answers = answers;
        this.arrivals = arrivals;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.answerWait = answerWait;
    }

    /**
     * Places the booking the form describes, once per checkout: the same form (or the same client key with the same
     * form) returns the booking placed the first time.
     *
     * @return the booking's confirmation, as payment knows it
     * @throws Refusal booking's refusal (field errors, a taken slot, a key used for another form); nothing is stored
     *     then. Unavailable when booking has not answered in time: the same checkout sent again is safe.
     */
    public PlacedCheckout placeBooking(BookingForm form, @Nullable String clientKey) {
        String key = clientKey != null && !clientKey.isBlank() ? "checkout:" + clientKey.strip() : keyOf(form);
        UUID requestId = UUID.randomUUID();
        CompletableFuture<UUID> answer = answers.expect(requestId);
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new StorefrontCheckoutStarted(requestId, key, form, clock.instant())));
            UUID bookingId = answer.get(answerWait.toMillis(), TimeUnit.MILLISECONDS);
            BookingDue due = arrivals.due(bookingId).orElseThrow(() -> Refusal.unavailable(TOO_SLOW));
            return new PlacedCheckout(due.bookingId(), due.confirmationNumber());
        } catch (ExecutionException refused) {
            throw (Refusal) refused.getCause();
        } catch (TimeoutException slow) {
            throw Refusal.unavailable(TOO_SLOW);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw Refusal.unavailable(TOO_SLOW);
        } finally {
            answers.forget(requestId);
        }
    }

    /** The same form gives the same key, whatever the payment option chosen. */
    private String keyOf(BookingForm form) {
        return "checkout:" + Digests.sha256Hex(json.writeValueAsString(form.withoutPaymentChoice()));
    }

    public record PlacedCheckout(UUID bookingId, String confirmationNumber) {
    }
}
