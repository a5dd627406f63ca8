package com.chefweb.shared.checkout;

import java.util.Map;

/**
 * The storefront's checkout carries a whole booking in its payment request. Payment publishes this inside its
 * transaction; booking places the booking from it in a synchronous listener, in the same transaction, so a booking
 * that fails its checks leaves no payment behind and a payment never lacks its booking. Lives in the shared kernel
 * because payment asks and booking answers, and neither may depend on the other both ways.
 *
 * @param checkoutKey the idempotency key the booking is placed with: the same checkout places one booking
 * @param bookingData the storefront's booking form, as sent
 */
public record CheckoutRequested(String checkoutKey, Map<String, Object> bookingData) {

    public CheckoutRequested {
        bookingData = Map.copyOf(bookingData);
    }
}
