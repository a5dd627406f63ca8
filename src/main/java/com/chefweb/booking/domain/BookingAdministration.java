package com.chefweb.booking.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.refusal.Refusal;

/** Staff's view of bookings: search them, open one, move it along its allowed statuses. */
@Service
public class BookingAdministration {

    private static final Logger log = LoggerFactory.getLogger(BookingAdministration.class);

    private final BookingRepository bookings;
    private final PaymentReceivedRepository received;
    private final BookingSelfService selfService;
    private final Availability availability;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BookingAdministration(BookingRepository bookings, PaymentReceivedRepository received, BookingSelfService selfService,
            Availability availability, ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.received = received;
        this.selfService = selfService;
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Booking> search(BookingSearch search) {
        return bookings.search(search);
    }

    @Transactional(readOnly = true)
    public int count(BookingSearch search) {
        return bookings.count(search);
    }

    @Transactional(readOnly = true)
    public Optional<Booking> find(UUID id) {
        return bookings.findById(id);
    }

    /** The payments made for a booking, as payment announced them. */
    @Transactional(readOnly = true)
    public List<ReceivedPayment> payments(UUID bookingId) {
        return received.forBooking(bookingId);
    }

    /**
     * Moves a booking to another status by hand: confirm (say, paid in cash), complete, or cancel (refunding what
     * the booking's policy grants).
     *
     * @throws Refusal 404 for an unknown booking, 400 for a move its current status does not allow
     */
    @Transactional
    public Booking changeStatus(UUID id, BookingStatus next) {
        Booking booking = bookings.lockById(id).orElseThrow(() -> Refusal.notFound("Booking not found"));
        BookingStatus current = booking.lifecycle().status();
        if (!current.mayBecome(next)) {
            throw Refusal.rejected("A " + current.code() + " booking cannot become " + next.code())
                    .with("allowedStatuses", java.util.Arrays.stream(BookingStatus.values())
                            .filter(current::mayBecome).map(BookingStatus::code).toList());
        }
        if (next == BookingStatus.CANCELLED && booking.pricing().paid().signum() > 0
                && !CurrentActor.get().map(com.chefweb.shared.security.Actor::isAdmin).orElse(false)) {
            throw Refusal.notAllowed("Only an admin can cancel a paid booking: it refunds the customer");
        }
        Booking changed = switch (next) {
            case CANCELLED -> selfService.cancelled(booking, "Cancelled by staff",
                    booking.policy().refundPercent(selfService.daysUntil(booking))).booking();
            default -> withStatus(booking, next);
        };
        AuditableChangeMade.byCurrentStaff("booking.status_changed", "booking", id.toString(),
                booking.confirmationNumber() + ": " + current.code() + " → " + next.code(),
                Map.of("status", current.code()), Map.of("status", next.code()), clock.instant())
                        .ifPresent(events::publishEvent);
        return changed;
    }

    /**
     * Releases bookings whose card checkout was never paid within the hold, so an abandoned checkout does not keep a
     * crew from real customers. Pay-later bookings are kept. A payment that still arrives is flagged by payment.
     */
    @Transactional
    public int releaseAbandonedCheckouts(java.time.Duration hold) {
        List<UUID> abandoned = bookings.unpaidCardCheckoutsSince(clock.instant().minus(hold));
        int released = 0;
        for (UUID id : abandoned) {
            Booking booking = bookings.lockById(id).orElse(null);
            if (booking != null && booking.lifecycle().status() == BookingStatus.PENDING_PAYMENT
                    && booking.pricing().paid().signum() == 0) {
                selfService.cancelled(booking, "Checkout not completed: payment not received", 0);
                released++;
            }
        }
        if (released > 0) {
            log.info("Released {} bookings whose card checkout was not paid within {}", released, hold);
        }
        return released;
    }

    /** Completes confirmed bookings whose event has ended; run by the scheduled job. */
    @Transactional
    public int completeFinishedEvents() {
        List<UUID> finished = bookings.confirmedEndedBefore(clock.instant());
        for (UUID id : finished) {
            bookings.lockById(id).filter(b -> b.lifecycle().status() == BookingStatus.CONFIRMED)
                    .ifPresent(booking -> withStatus(booking, BookingStatus.COMPLETED));
        }
        if (!finished.isEmpty()) {
            log.info("Completed {} bookings whose events have ended", finished.size());
        }
        return finished.size();
    }

    private Booking withStatus(Booking booking, BookingStatus next) {
        Booking.Changed changed = booking.moveTo(next, clock.instant());
        Availability.Occupancy occupancy = availability.occupancyOf(booking.event().startsAt());
        bookings.update(changed.booking(), occupancy.from(), occupancy.until());
        changed.events().forEach(events::publishEvent);
        return changed.booking();
    }
}
