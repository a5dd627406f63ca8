package com.chefweb.notify.messages;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.notify.email.EmailDraft;
import com.chefweb.notify.email.EmailOutbox;
import com.chefweb.notify.email.EmailSettings;
import com.chefweb.shared.payment.PaymentSucceeded;
import com.chefweb.shared.payment.RefundIssued;

/**
 * The emails of a booking's life (PRD §10): the admins' new-booking alert, a receipt for every payment (the first
 * one confirms the booking), and the cancellation and refund confirmations.
 */
@Component
class BookingEmails {

    private static final Logger log = LoggerFactory.getLogger(BookingEmails.class);

    private final BookingFactsRepository bookings;
    private final EmailOutbox outbox;
    private final String sender;

    BookingEmails(BookingFactsRepository bookings, EmailOutbox outbox, EmailSettings settings) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.sender = settings.fromName();
    }

    /** Kept in booking's transaction, so any later email about the booking finds it. */
    @EventListener
    void keep(BookingPlaced placed) {
        bookings.insertIfAbsent(new BookingFacts(placed.bookingId(), placed.confirmationNumber(), placed.contactName(),
                placed.contactEmail(), placed.eventStart(), placed.timeZone(), placed.guests(), placed.packageId(),
                placed.total(), placed.depositDue(), placed.balanceDueAt(),
                placed.allergyAlert() ? placed.allergies() : null, false));
    }

    @EventListener
    void keep(BookingModified modified) {
        bookings.updateParty(modified.bookingId(), modified.eventStart(), modified.timeZone(), modified.guests(),
                modified.total(), modified.depositDue(), modified.balanceDueAt());
    }

    @EventListener
    void keep(BookingCancelled cancelled) {
        bookings.markCancelled(cancelled.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingPlaced placed) {
        BookingFacts booking = facts(placed.bookingId()).orElse(null);
        if (booking == null) {
            return;
        }
        Letter letter = Letter.alert()
                .paragraph("New booking " + booking.confirmationNumber() + " from " + booking.contactName() + " ("
                        + booking.contactEmail() + ", " + placed.contactPhone() + ").")
                .fact("When", Letter.when(booking.eventStart(), booking.timeZone()))
                .fact("Guests", String.valueOf(booking.guests()))
                .fact("Package", booking.packageId())
                .fact("Total", Letter.money(booking.total()))
                .fact("Paying", switch (placed.paymentOption()) {
                    case "full" -> "in full by card";
                    case "later" -> "later, by payment link";
                    default -> "deposit by card";
                });
        if (booking.allergies() != null) {
            letter.paragraph("ALLERGY ALERT: " + booking.allergies());
        }
        letter.signedBy(sender);
        String subject = (booking.allergies() != null ? "[Allergy] " : "") + "New booking " + booking.confirmationNumber();
        for (String admin : outbox.adminRecipients()) {
            outbox.queue(new EmailDraft("booking-placed:" + booking.bookingId() + ":" + admin, "new-booking-alert",
                    admin, subject, letter.text(), letter.html()));
        }
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        BookingFacts booking = facts(paid.bookingId()).orElse(null);
        if (booking == null || booking.cancelled()) {
            // a payment after cancellation is refunded automatically; the refund email tells the customer
            return;
        }
        Letter letter = Letter.to(booking.contactName())
                .paragraph(switch (paid.purpose()) {
                    case "deposit" -> "We received your deposit. Your party is confirmed!";
                    case "full" -> "We received your payment in full. Your party is confirmed!";
                    default -> paid.paidInFull() ? "We received your final payment. You are all paid up."
                            : "We received your payment.";
                })
                .fact("Booking", booking.confirmationNumber())
                .fact("Party", Letter.when(booking.eventStart(), booking.timeZone()))
                .fact("Guests", String.valueOf(booking.guests()))
                .fact("Paid now", Letter.money(paid.amount()))
                .fact("Booking total", Letter.money(booking.total()));
        if (!paid.paidInFull() && booking.balanceDueAt() != null) {
            letter.paragraph("The rest is due by " + Letter.when(booking.balanceDueAt(), booking.timeZone())
                    + (paid.purpose().equals("deposit") ? "; we will charge it to the same card then." : "."));
        }
        letter.paragraph("A receipt from our payment processor may follow separately.").signedBy(sender);
        outbox.queue(new EmailDraft("payment-receipt:" + paid.paymentId(), "payment-receipt", booking.contactEmail(),
                "Payment received: booking " + booking.confirmationNumber(), letter.text(), letter.html()));
    }

    @ApplicationModuleListener
    void on(BookingCancelled cancelled) {
        Letter letter = Letter.to(bookings.find(cancelled.bookingId()).map(BookingFacts::contactName).orElse(""))
                .paragraph("Your booking " + cancelled.confirmationNumber() + " is cancelled.")
                .paragraph(cancelled.refundDue().signum() > 0
                        ? "We are refunding " + Letter.money(cancelled.refundDue()) + " (" + cancelled.refundPercent()
                                + "% of what you paid) to your card; banks usually show it within 5 to 10 days."
                        : "No refund is due under the cancellation policy your booking was made with.")
                .paragraph("We hope to cook for you another time.")
                .signedBy(sender);
        outbox.queue(new EmailDraft("booking-cancelled:" + cancelled.bookingId(), "booking-cancelled",
                cancelled.contactEmail(), "Booking " + cancelled.confirmationNumber() + " cancelled", letter.text(),
                letter.html()));
    }

    @ApplicationModuleListener
    void on(RefundIssued refund) {
        BookingFacts booking = facts(refund.bookingId()).orElse(null);
        if (booking == null) {
            return;
        }
        Letter letter = Letter.to(booking.contactName())
                .paragraph("We refunded " + Letter.money(refund.refundedTotal()) + " of your "
                        + Letter.money(refund.amount()) + " " + refund.purpose() + " payment for booking "
                        + booking.confirmationNumber() + ". Banks usually show it within 5 to 10 days.")
                .signedBy(sender);
        // one email per refunded total: a second, larger refund of the same payment is news, a repeat is not
        outbox.queue(new EmailDraft("refund:" + refund.paymentId() + ":" + refund.refundedTotal().minorUnits(),
                "refund-issued", booking.contactEmail(), "Refund issued: booking " + booking.confirmationNumber(),
                letter.text(), letter.html()));
    }

    /**
     * The booking as notifications know it. It is written in booking's own transaction, so only a booking placed
     * before this module kept bookings is missing: nothing is sent about it rather than a half-written email.
     */
    private Optional<BookingFacts> facts(UUID bookingId) {
        Optional<BookingFacts> facts = bookings.find(bookingId);
        if (facts.isEmpty()) {
            log.warn("Booking {} is unknown to notifications (placed before they kept bookings); no email", bookingId);
        }
        return facts;
    }
}
