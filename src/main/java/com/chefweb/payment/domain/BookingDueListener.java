package com.chefweb.payment.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.shared.scheduling.RetryLater;

/**
 * Keeps payment's copy of what each booking owes, in payment's own transaction after booking's has committed. A
 * payment started before the copy arrives waits for it ({@link CopyArrivals}). A booking made to pay later is sent its
 * payment link here too ("we'll email a secure payment link", the booking page says), once its copy exists.
 */
@Component
class BookingDueListener {

    private static final Logger log = LoggerFactory.getLogger(BookingDueListener.class);

    private final BookingDueRepository dues;
    private final CopyArrivals arrivals;
    private final PaymentLinks links;
    private final StripeGateway stripe;

    BookingDueListener(BookingDueRepository dues, CopyArrivals arrivals, PaymentLinks links, StripeGateway stripe) {
        this.dues = dues;
        this.arrivals = arrivals;
        this.links = links;
        this.stripe = stripe;
    }

    @ApplicationModuleListener
    void on(BookingPlaced placed) {
        BookingDue due = new BookingDue(placed.bookingId(), placed.confirmationNumber(), placed.idempotencyKey(),
                placed.contactName(), placed.contactEmail(), placed.total(), placed.depositDue(),
                placed.balanceDueAt(), placed.eventStart(), placed.paymentOption().code(), false, null,
                placed.timeZone());
        if (!dues.insertIfAbsent(due)) {
            return; // a redelivery: the copy and its link exist
        }
        arrivals.announceAfterCommit(due);
        if (placed.paymentOption() == PaymentOption.LATER) {
            if (stripe.configured()) {
                links.issue(due, "pay_later", null);
            } else {
                log.info("Booking {} is to be paid later; no payment link sent, card payments are not configured",
                        placed.confirmationNumber());
            }
        }
    }

    /** A change that overtook the booking's own announcement fails, and the registry delivers it again later. */
    @ApplicationModuleListener
    void on(BookingModified modified) {
        if (!dues.updateAmounts(modified.bookingId(), modified.total(), modified.depositDue(), modified.eventStart(),
                modified.balanceDueAt(), modified.changedAt())) {
            throw new CopyNotYetHere(modified.bookingId());
        }
    }

    @ApplicationModuleListener
    void on(BookingCancelled cancelled) {
        if (!dues.markCancelled(cancelled.bookingId())) {
            throw new CopyNotYetHere(cancelled.bookingId());
        }
    }

    /** Payment has not heard of the booking yet: its {@code BookingPlaced} is still on its way. */
    static final class CopyNotYetHere extends RetryLater {
        CopyNotYetHere(java.util.UUID bookingId) {
            super("Payment has no copy of booking " + bookingId + " yet; the event will be delivered again");
        }
    }
}
