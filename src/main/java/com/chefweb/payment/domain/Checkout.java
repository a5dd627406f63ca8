package com.chefweb.payment.domain;

import org.jspecify.annotations.Nullable;
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
 * (an event, committed here); booking places it in its own transaction and announces it; payment's copy of it is
 * written from that announcement; then this request goes on to start the card payment. No transaction spans two
 * modules, and the request waits only for its own booking's copy (or booking's refusal).
 */
@Service
public class Checkout {

    private final ApplicationEventPublisher events;
    private final CopyArrivals arrivals;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    Checkout(ApplicationEventPublisher events, CopyArrivals arrivals, TransactionTemplate transactions,
            JsonMapper json) {
        this.events = events;
        this.arrivals = arrivals;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Places the booking the form describes, once per checkout: the same form (or the same client key) returns the
     * booking placed the first time.
     *
     * @return the booking's confirmation, as payment knows it
     * @throws Refusal booking's refusal (field errors, a taken slot, a key used for another form); nothing is stored
     *     then. Unavailable when booking has not answered in time: the same checkout sent again is safe.
     */
    public PlacedCheckout placeBooking(BookingForm form, @Nullable String clientKey) {
        String key = clientKey != null && !clientKey.isBlank() ? "checkout:" + clientKey.strip() : keyOf(form);
        arrivals.expectCheckout(key);
        transactions.executeWithoutResult(status -> events.publishEvent(new StorefrontCheckoutStarted(key, form)));
        BookingDue due = arrivals.checkoutPlaced(key).orElseThrow(() -> Refusal.unavailable(
                "Your booking is taking longer than usual to confirm. Please try again in a moment: "
                        + "it will not be booked twice."));
        return new PlacedCheckout(due.bookingId(), due.confirmationNumber());
    }

    /** The same form gives the same key, whatever the payment option chosen. */
    private String keyOf(BookingForm form) {
        return "checkout:" + Digests.sha256Hex(json.writeValueAsString(form.withoutPaymentChoice()));
    }

    public record PlacedCheckout(java.util.UUID bookingId, String confirmationNumber) {
    }
}
