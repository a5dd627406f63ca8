package com.chefweb.booking.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingPaymentFailed;
import com.chefweb.booking.events.BookingPaymentRefunded;
import com.chefweb.booking.events.BookingPaymentSucceeded;
import com.chefweb.shared.money.Money;

/**
 * Payment tells booking what money moved; booking decides what that means for the booking: how much is paid, its
 * payment status, and whether it is now confirmed. Only these events ever mark a booking paid.
 */
@Component
class PaymentOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PaymentOutcomes.class);

    private final PaymentReceivedRepository received;
    private final BookingRepository bookings;
    private final Availability availability;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentOutcomes(PaymentReceivedRepository received, BookingRepository bookings, Availability availability,
            ApplicationEventPublisher events, Clock clock) {
        this.received = received;
        this.bookings = bookings;
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BookingPaymentSucceeded succeeded) {
        received.succeeded(succeeded.paymentId(), succeeded.bookingId(), succeeded.purpose().code(), succeeded.amount(),
                succeeded.paidAt());
        settle(succeeded.bookingId());
    }

    @ApplicationModuleListener
    void on(BookingPaymentFailed failed) {
        received.failed(failed.paymentId(), failed.bookingId(), failed.purpose().code(), failed.amount());
        settle(failed.bookingId());
    }

    /** A refund can overtake the payment's own success; it is recorded either way. */
    @ApplicationModuleListener
    void on(BookingPaymentRefunded refund) {
        received.refunded(refund.paymentId(), refund.bookingId(), refund.purpose().code(), refund.amount(),
                refund.refundedTotal(), refund.fullyRefunded());
        settle(refund.bookingId());
    }

    /** Recomputes what is paid and the payment status from every payment of the booking. */
    private void settle(UUID bookingId) {
        Booking booking = bookings.lockById(bookingId).orElseThrow(() -> new IllegalStateException(
                "Payment for unknown booking " + bookingId));
        List<ReceivedPayment> payments = received.forBooking(bookingId);
        Money zero = Money.zero(booking.pricing().total().currency());
        Money paid = payments.stream().map(ReceivedPayment::kept).reduce(zero, Money::plus);
        Money refunded = payments.stream().filter(p -> p.status() != ReceivedPaymentStatus.FAILED).map(ReceivedPayment::refunded)
                .reduce(zero, Money::plus);
        Booking.Changed settled = booking.settle(paid, paymentStatus(booking, payments, paid, refunded),
                clock.instant());
        Availability.Occupancy occupancy = availability.occupancyOf(booking.event().startsAt());
        bookings.update(settled.booking(), occupancy.from(), occupancy.until());
        settled.events().forEach(events::publishEvent);
        if (!settled.events().isEmpty()) {
            log.info("Booking {} confirmed: {} paid", booking.confirmationNumber(), paid);
        }
    }

    private static BookingPaymentStatus paymentStatus(Booking booking, List<ReceivedPayment> payments, Money paid, Money refunded) {
        Money refundDue = booking.pricing().refundDue();
        if (refundDue != null && refundDue.signum() > 0 && refunded.compareTo(refundDue) < 0) {
            return BookingPaymentStatus.PENDING_REFUND;
        }
        if (refunded.signum() > 0) {
            return paid.signum() == 0 ? BookingPaymentStatus.REFUNDED : BookingPaymentStatus.PARTIALLY_REFUNDED;
        }
        if (paid.compareTo(booking.pricing().total()) >= 0 && paid.signum() > 0) {
            return BookingPaymentStatus.PAID;
        }
        if (paid.signum() > 0) {
            return BookingPaymentStatus.DEPOSIT_PAID;
        }
        return payments.stream().anyMatch(p -> p.status() == ReceivedPaymentStatus.FAILED) ? BookingPaymentStatus.FAILED
                : BookingPaymentStatus.UNPAID;
    }
}
