package com.chefweb.payment.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.payment.stripe.StripeGateway;

/** A booking made to pay later is sent its payment link ("we'll email a secure payment link", the booking page says). */
@Component
class PayLaterLinks {

    private static final Logger log = LoggerFactory.getLogger(PayLaterLinks.class);

    private final BookingDueRepository dues;
    private final PaymentLinks links;
    private final StripeGateway stripe;

    PayLaterLinks(BookingDueRepository dues, PaymentLinks links, StripeGateway stripe) {
        this.dues = dues;
        this.links = links;
        this.stripe = stripe;
    }

    @ApplicationModuleListener
    void on(BookingPlaced placed) {
        if (!"later".equals(placed.paymentOption())) {
            return;
        }
        if (!stripe.configured()) {
            log.info("Booking {} is to be paid later; no payment link sent, card payments are not configured",
                    placed.confirmationNumber());
            return;
        }
        dues.find(placed.bookingId()).filter(booking -> !booking.cancelled())
                .ifPresent(booking -> links.issue(booking, "pay_later", null));
    }
}
