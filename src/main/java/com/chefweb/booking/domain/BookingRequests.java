package com.chefweb.booking.domain;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingRequestRefused;
import com.chefweb.booking.events.BookingRequestRefused.Reason;
import com.chefweb.booking.events.BookingRequested;
import com.chefweb.shared.refusal.Refusal;

/**
 * Places the bookings other modules ask for (the storefront's checkout), in booking's own transaction after the
 * asker's has committed. A placed booking answers with its {@code BookingPlaced}, whose idempotency key is the
 * request's; a refused one with {@link BookingRequestRefused}. A redelivered request places nothing new: the key
 * finds the booking placed the first time.
 */
@Component
class BookingRequests {

    private static final Logger log = LoggerFactory.getLogger(BookingRequests.class);

    private final BookingPlacement placement;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    BookingRequests(BookingPlacement placement, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.placement = placement;
        this.events = events;
        this.transactions = transactions;
    }

    /** No transaction around it: placing commits on its own, and a refusal is announced in a fresh one. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRequested requested) {
        try {
            placement.place(BookingDetails.of(requested.form()), requested.requestKey());
        } catch (Refusal refused) {
            log.info("Booking request {} refused: {}", requested.requestKey(), refused.getMessage());
            BookingRequestRefused answer = refusal(requested.requestKey(), refused);
            transactions.executeWithoutResult(status -> events.publishEvent(answer));
        }
    }

    private static BookingRequestRefused refusal(String key, Refusal refused) {
        Reason reason = switch (refused) {
            case Refusal.Invalid invalid -> Reason.INVALID;
            case Refusal.Conflict conflict -> Reason.CONFLICT;
            case Refusal.Unavailable unavailable -> Reason.UNAVAILABLE;
            default -> Reason.REJECTED;
        };
        return new BookingRequestRefused(key, reason, refused.getMessage(),
                refused instanceof Refusal.Invalid invalid ? invalid.fields() : List.of(),
                refused instanceof AllCrewsBusy busy ? busy.nearestFreeStarts() : List.of());
    }
}
