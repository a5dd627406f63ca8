package com.chefweb.payment.domain;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.shared.checkout.CheckoutRequested;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.refusal.Refusal;

/**
 * The storefront's checkout: a booking form and a payment in one request. The booking is placed first, in one
 * transaction with payment's record of what it owes; the card payment starts after that commits.
 */
@Service
public class Checkout {

    private final ApplicationEventPublisher events;
    private final BookingDueRepository dues;
    private final JsonMapper json;

    Checkout(ApplicationEventPublisher events, BookingDueRepository dues, JsonMapper json) {
        this.events = events;
        this.dues = dues;
        this.json = json;
    }

    /**
     * Places the booking the form describes, once per checkout: the same form (or the same client key) returns the
     * booking placed the first time.
     *
     * @throws Refusal 400 with the booking's field errors; nothing is stored then
     */
    @Transactional
    public UUID placeBooking(Map<String, Object> bookingData, @Nullable String clientKey) {
        String key = clientKey != null && !clientKey.isBlank() ? "checkout:" + clientKey.strip() : keyOf(bookingData);
        events.publishEvent(new CheckoutRequested(key, bookingData));
        return dues.findByCheckoutKey(key).map(BookingDue::bookingId)
                .orElseThrow(() -> Refusal.conflict("This checkout key belongs to another booking"));
    }

    /** The same form gives the same key, whatever the order of its fields or the payment option chosen. */
    private String keyOf(Map<String, Object> bookingData) {
        Map<String, Object> sorted = new TreeMap<>(bookingData);
        sorted.remove("paymentOption");
        return "checkout:" + Digests.sha256Hex(json.writeValueAsString(sorted));
    }
}
