package com.chefweb.booking.web;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.booking.domain.BookingPlacement;
import com.chefweb.shared.checkout.CheckoutRequested;

/**
 * Places the booking a storefront checkout carries, synchronously in the checkout's transaction; a booking that
 * fails its checks throws, and the whole checkout is refused.
 */
@Component
class CheckoutListener {

    private final BookingPlacement placement;
    private final JsonMapper json;

    CheckoutListener(BookingPlacement placement, JsonMapper json) {
        this.placement = placement;
        this.json = json;
    }

    @EventListener
    void on(CheckoutRequested checkout) {
        BookingRequest request = json.convertValue(checkout.bookingData(), BookingRequest.class);
        placement.place(request.toDetails(), checkout.checkoutKey());
    }
}
