package com.chefweb.notify.messages;

import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.payment.events.RefundIssued;
import com.chefweb.shared.contact.PhoneNumber;
import com.chefweb.shared.scheduling.RetryLater;

/**
 * The emails of a booking's life (PRD §10): the admins' new-booking alert, a receipt for every payment (the first
 * one confirms the booking), and the cancellation and refund confirmations.
 */
@Component
class BookingEmails {

    private final BookingFactsRepository bookings;
    private final Outbox outbox;
    private final String sender;

    BookingEmails(BookingFactsRepository bookings, Outbox outbox, EmailSettings settings) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.sender = settings.fromName();
    }

    /** Keeps notify's copy of the booking, which later emails about it read, and alerts the admins. */
    @ApplicationModuleListener
    void on(BookingPlaced placed) {
        BookingFacts booking = new BookingFacts(placed.bookingId(), placed.confirmationNumber(), placed.contactName(),
                placed.contactEmail(), placed.eventStart(), placed.timeZone(), placed.guests(), placed.packageId(),
                placed.total(), placed.depositDue(), placed.balanceDueAt(),
                placed.allergyAlert() ? placed.allergies() : null, false,
                placed.smsConsent() ? PhoneNumber.parse(placed.contactPhone()).map(PhoneNumber::e164).orElse(null) : null,
                placed.paymentOption().code());
        bookings.insertIfAbsent(booking);
        Letter letter = Letter.alert();
        if (booking.allergies() != null) {
            // first, where nobody preparing the party can miss it
            letter.paragraph("ALLERGY ALERT: " + booking.allergies());
        }
        letter.paragraph("New booking " + booking.confirmationNumber() + " from " + booking.contactName() + " ("
                        + booking.contactEmail() + ", " + placed.contactPhone() + ").")
                .fact("When", Letter.when(booking.eventStart(), booking.timeZone()))
                .fact("Guests", String.valueOf(booking.guests()))
                .fact("Package", booking.packageId())
                .fact("Total", Letter.money(booking.total()))
                .fact("Paying", switch (placed.paymentOption()) {
                    case FULL -> "in full by card";
                    case LATER -> "later, by payment link";
                    case DEPOSIT -> "deposit by card";
                });
        letter.signedBy(sender);
        String subject = (booking.allergies() != null ? "[Allergy] " : "") + "New booking " + booking.confirmationNumber();
        for (String admin : outbox.adminRecipients()) {
            outbox.queue(new EmailDraft("booking-placed:" + booking.bookingId() + ":" + admin, "new-booking-alert",
                    admin, subject, letter.text(), letter.html()));
        }
    }

    /** A change that overtook the booking's own announcement fails, and the registry delivers it again later. */
    @ApplicationModuleListener
    void on(BookingModified modified) {
        if (!bookings.updateParty(modified.bookingId(), modified.eventStart(), modified.timeZone(), modified.guests(),
                modified.total(), modified.depositDue(), modified.balanceDueAt(), modified.changedAt())) {
            throw notYetKnown(modified.bookingId());
        }
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        BookingFacts booking = facts(paid.bookingId());
        bookings.recordPayment(paid.paymentId(), booking.bookingId(), paid.amount(), paid.paidAt());
        if (booking.cancelled()) {
            // a payment after cancellation is refunded automatically; the refund email tells the customer
            return;
        }
        Letter letter = Letter.to(booking.contactName())
                .paragraph(switch (paid.purpose()) {
                    case DEPOSIT -> "We received your deposit. Your party is confirmed!";
                    case FULL -> "We received your payment in full. Your party is confirmed!";
                    case BALANCE -> paid.paidInFull() ? "We received your final payment. You are all paid up."
                            : "We received your payment.";
                })
                .fact("Booking", booking.confirmationNumber())
                .fact("Party", Letter.when(booking.eventStart(), booking.timeZone()))
                .fact("Guests", String.valueOf(booking.guests()))
                .fact("Paid now", Letter.money(paid.amount()))
                .fact("Booking total", Letter.money(booking.total()));
        if (!paid.paidInFull() && booking.balanceDueAt() != null) {
            letter.paragraph("The rest is due by " + Letter.when(booking.balanceDueAt(), booking.timeZone())
                    + (paid.purpose() == PaymentPurpose.DEPOSIT ? "; we will charge it to the same card then." : "."));
        }
        letter.paragraph("A receipt from our payment processor may follow separately.").signedBy(sender);
        outbox.queue(new EmailDraft("payment-receipt:" + paid.paymentId(), "payment-receipt", booking.contactEmail(),
                "Payment received: booking " + booking.confirmationNumber(), letter.text(), letter.html()));
    }

    @ApplicationModuleListener
    void on(BookingCancelled cancelled) {
        if (!bookings.markCancelled(cancelled.bookingId())) {
            throw notYetKnown(cancelled.bookingId());
        }
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
        BookingFacts booking = facts(refund.bookingId());
        Letter letter = Letter.to(booking.contactName())
                .paragraph("We refunded " + Letter.money(refund.refundedTotal()) + " of your "
                        + Letter.money(refund.amount()) + " " + refund.purpose().code() + " payment for booking "
                        + booking.confirmationNumber() + ". Banks usually show it within 5 to 10 days.")
                .signedBy(sender);
        // one email per refunded total: a second, larger refund of the same payment is news, a repeat is not
        outbox.queue(new EmailDraft("refund:" + refund.paymentId() + ":" + refund.refundedTotal().minorUnits(),
                "refund-issued", booking.contactEmail(), "Refund issued: booking " + booking.confirmationNumber(),
                letter.text(), letter.html()));
    }

    /**
     * The booking as notifications know it. A payment or refund can overtake the booking's own announcement: then
     * this delivery fails, and the event publication registry delivers it again later, when the copy is there.
     */
    private BookingFacts facts(UUID bookingId) {
        return bookings.find(bookingId).orElseThrow(() -> notYetKnown(bookingId));
    }

    private static RetryLater notYetKnown(UUID bookingId) {
        return new RetryLater("Notifications have no copy of booking " + bookingId
                + " yet; the event will be delivered again");
    }
}
