package com.chefweb.payment.domain;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;

/**
 * Keeps payment's copy of what each booking owes. Applied synchronously, in booking's transaction, because a
 * payment is often started in the same request that placed the booking and must see its amounts at once.
 */
@Component
class BookingDueListener {

    private final BookingDueRepository dues;

    BookingDueListener(BookingDueRepository dues) {
        this.dues = dues;
    }

    @EventListener
    void on(BookingPlaced placed) {
        dues.insertIfAbsent(new BookingDue(placed.bookingId(), placed.confirmationNumber(), placed.idempotencyKey(),
                placed.contactName(), placed.contactEmail(), placed.total(), placed.depositDue(),
                placed.balanceDueAt(), placed.eventStart(), placed.paymentOption(), false, null, placed.timeZone()));
    }

    @EventListener
    void on(BookingModified modified) {
        dues.updateAmounts(modified.bookingId(), modified.total(), modified.depositDue(), modified.eventStart(),
                modified.balanceDueAt());
    }

    @EventListener
    void on(BookingCancelled cancelled) {
        dues.markCancelled(cancelled.bookingId());
    }
}
