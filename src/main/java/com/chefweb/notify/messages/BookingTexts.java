package com.chefweb.notify.messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.TextDraft;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.shared.scheduling.RetryLater;

/**
 * The text that confirms a storefront booking once its first payment is in (PRD §10.2), to customers who agreed to
 * texts. The reminders that follow are {@link Reminders}'.
 */
@Component
class BookingTexts {

    private final BookingFactsRepository bookings;
    private final Outbox outbox;
    private final String sender;

    BookingTexts(BookingFactsRepository bookings, Outbox outbox, EmailSettings settings) {
        this.bookings = bookings;
        this.outbox = outbox;
        this.sender = settings.fromName();
    }

    @ApplicationModuleListener
    void on(PaymentSucceeded paid) {
        if (paid.purpose() == PaymentPurpose.BALANCE) {
            return;
        }
        BookingFacts booking = bookings.find(paid.bookingId()).orElseThrow(() -> new RetryLater(
                "Notifications have no copy of booking " + paid.bookingId() + " yet; the event will be delivered again"));
        if (booking.smsPhone() == null || booking.cancelled()) {
            return;
        }
        // one confirmation per booking, whichever of its first payments is heard first
        outbox.queue(new TextDraft("booking-confirmed-sms:" + booking.bookingId(), "booking-confirmed-sms",
                booking.smsPhone(), "Booking " + booking.confirmationNumber() + " confirmed",
                Texts.text(sender, "Your party for " + booking.guests() + " on "
                        + Texts.when(booking.eventStart(), booking.timeZone()) + " is confirmed. Booking "
                        + booking.confirmationNumber() + ".")));
    }
}
