package com.chefweb.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.chefweb.booking.events.BookingModified;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.payment.events.PaymentLinkIssued;
import com.chefweb.shared.money.Money;
import com.chefweb.support.FakeStripe;

/**
 * Payment on its own, fed booking's events: it keeps its copy of what each booking owes, sends a booking made to be
 * paid later its payment link, and a change that overtakes the booking's own announcement is applied once the
 * announcement has arrived.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {"chefweb.events.resubmit-after=PT1S", "chefweb.events.resubmit-every=PT1S"})
class PaymentModuleTests {

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry properties) {
        FakeStripe.register(properties);
    }

    @Test
    void aBookingToBePaidLaterIsSentALinkForItsDeposit(Scenario scenario) {
        BookingPlaced placed = placed(UUID.randomUUID(), PaymentOption.LATER);

        scenario.publish(placed)
                .andWaitForEventOfType(PaymentLinkIssued.class)
                .matching(link -> link.bookingId().equals(placed.bookingId()))
                .toArriveAndVerify(link -> {
                    assertThat(link.amountDue()).isEqualTo(Money.ofMinor(28_300, "USD"));
                    assertThat(link.total()).isEqualTo(Money.ofMinor(113_100, "USD"));
                    assertThat(link.reason()).isEqualTo("pay_later");
                    assertThat(link.url()).contains("/api/payments/link/" + placed.bookingId() + ".");
                });
    }

    @Test
    void aChangeThatArrivesBeforeTheBookingIsAppliedOnceTheBookingIsKnown(Scenario scenario) {
        UUID bookingId = UUID.randomUUID();
        BookingPlaced placed = placed(bookingId, PaymentOption.DEPOSIT);
        Money larger = Money.ofMinor(150_000, "USD");

        scenario.publish(new BookingModified(bookingId, placed.confirmationNumber(), placed.eventStart(),
                        placed.timeZone(), 20, larger, Money.ofMinor(37_500, "USD"), placed.balanceDueAt(), Instant.now()))
                .andWaitAtMost(Duration.ofSeconds(2))
                .andWaitForStateChange(() -> failedDeliveries(bookingId), failed -> failed > 0)
                .andVerify(failed -> assertThat(dueOf(bookingId)).as("nothing to change yet").isEmpty());

        scenario.publish(placed)
                .andWaitAtMost(Duration.ofSeconds(15))
                .andWaitForStateChange(() -> dueOf(bookingId), due -> due.equals(java.util.List.of(150_000L, 37_500L)))
                .andVerify(due -> assertThat(failedDeliveries(bookingId)).as("delivered again, then done").isZero());
    }

    @Test
    void aChangeDeliveredAfterANewerOneIsNotApplied(Scenario scenario) {
        UUID bookingId = UUID.randomUUID();
        BookingPlaced placed = placed(bookingId, PaymentOption.DEPOSIT);
        Instant earlier = Instant.now();
        scenario.publish(placed).andWaitForStateChange(() -> dueOf(bookingId), due -> !due.isEmpty());

        scenario.publish(modified(placed, 150_000, earlier.plusSeconds(10)))
                .andWaitForStateChange(() -> dueOf(bookingId), due -> due.getFirst() == 150_000L);
        scenario.publish(modified(placed, 120_000, earlier))
                .andWaitForStateChange(() -> completedDeliveries(bookingId, 120_000), done -> done > 0)
                .andVerify(done -> assertThat(dueOf(bookingId).getFirst()).as("the newer change stays")
                        .isEqualTo(150_000L));
    }

    private static BookingModified modified(BookingPlaced placed, long totalMinor, Instant changedAt) {
        return new BookingModified(placed.bookingId(), placed.confirmationNumber(), placed.eventStart(),
                placed.timeZone(), 20, Money.ofMinor(totalMinor, "USD"), Money.ofMinor(totalMinor / 4, "USD"),
                placed.balanceDueAt(), changedAt);
    }

    private int completedDeliveries(UUID bookingId, long totalMinor) {
        return jdbc.queryForObject("select count(*) from event_publication.event_publication where completion_date is not"
                + " null and serialized_event like ? and serialized_event like ?", Integer.class, "%" + bookingId + "%",
                "%" + totalMinor + "%");
    }

    /** Payment's copy of the booking's total and deposit, in cents; empty while it has none. */
    private java.util.List<Long> dueOf(UUID bookingId) {
        return jdbc.query("select total_minor, deposit_minor from payment.booking_due where booking_id = ?",
                (row, n) -> java.util.List.of(row.getLong(1), row.getLong(2)), bookingId).stream().findFirst()
                .orElse(java.util.List.of());
    }

    private int failedDeliveries(UUID bookingId) {
        return jdbc.queryForObject("select count(*) from event_publication.event_publication where status = 'FAILED'"
                + " and serialized_event like ?", Integer.class, "%" + bookingId + "%");
    }

    private static BookingPlaced placed(UUID bookingId, PaymentOption option) {
        Instant start = Instant.now().plus(Duration.ofDays(20));
        return new BookingPlaced(bookingId, "CHEF-2027-" + bookingId.toString().substring(0, 4), "Casey Rivera",
                "casey@example.com", "(510) 555-0199", start, "America/Los_Angeles", "signature", 14,
                Money.ofMinor(113_100, "USD"), Money.ofMinor(28_300, "USD"), start.minus(Duration.ofHours(48)), option,
                false, null, false, null);
    }
}
