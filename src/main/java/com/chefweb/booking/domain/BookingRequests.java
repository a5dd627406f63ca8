package com.chefweb.booking.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingRequestAccepted;
import com.chefweb.booking.events.BookingRequestRefused;
import com.chefweb.booking.events.BookingRequestRefused.Reason;
import com.chefweb.booking.events.BookingRequested;
import com.chefweb.shared.refusal.Refusal;

/**
 * Places the bookings other modules ask for (the storefront's checkout), in booking's own transaction after the
 * asker's has committed, and answers every request once: accepted with the booking (a repeated form finds the one
 * placed the first time), or refused with what to correct. A request that fails for any other reason is refused
 * too, so it is never retried behind the customer's back; one delivered after its asker has stopped waiting is
 * refused without placing anything, so no booking appears minutes after the customer gave up.
 */
@Component
class BookingRequests {

    private static final Logger log = LoggerFactory.getLogger(BookingRequests.class);

    private final BookingPlacement placement;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration answerWithin;

    BookingRequests(BookingPlacement placement, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock, @Value("${chefweb.booking.requests-answered-within:PT1M}") Duration answerWithin) {
        this.placement = placement;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.answerWithin = answerWithin;
    }

    /** No transaction around it: placing commits on its own, and the answer is announced in a fresh one. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingRequested requested) {
        Object answer;
        if (requested.requestedAt().plus(answerWithin).isBefore(clock.instant())) {
            log.warn("Booking request {} arrived after {}: not placed", requested.requestKey(), answerWithin);
            answer = refusal(requested, Reason.UNAVAILABLE, "Your booking took too long to confirm. Please try again.");
        } else {
            answer = placed(requested);
        }
        transactions.executeWithoutResult(status -> events.publishEvent(answer));
    }

    private Object placed(BookingRequested requested) {
        try {
            PlacedBooking placed = placement.place(BookingDetails.of(requested.form()), requested.requestKey());
            return new BookingRequestAccepted(requested.requestId(), requested.requestKey(), placed.booking().id(),
                    placed.booking().confirmationNumber());
        } catch (Refusal refused) {
            log.info("Booking request {} refused: {}", requested.requestKey(), refused.getMessage());
            return refusal(requested, refused);
        } catch (RuntimeException fault) {
            log.error("Booking request {} could not be placed", requested.requestKey(), fault);
            return refusal(requested, Reason.UNAVAILABLE,
                    "We could not take your booking just now. Please try again in a moment.");
        }
    }

    private static BookingRequestRefused refusal(BookingRequested requested, Reason reason, String message) {
        return new BookingRequestRefused(requested.requestId(), requested.requestKey(), reason, message, List.of(),
                List.of());
    }

    private static BookingRequestRefused refusal(BookingRequested requested, Refusal refused) {
        Reason reason = switch (refused) {
            case Refusal.Invalid invalid -> Reason.INVALID;
            case Refusal.Conflict conflict -> Reason.CONFLICT;
            case Refusal.Unavailable unavailable -> Reason.UNAVAILABLE;
            default -> Reason.REJECTED;
        };
        return new BookingRequestRefused(requested.requestId(), requested.requestKey(), reason, refused.getMessage(),
                refused instanceof Refusal.Invalid invalid ? invalid.fields() : List.of(),
                refused instanceof AllCrewsBusy busy ? busy.nearestFreeStarts() : List.of());
    }
}
