package com.chefweb.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.shared.money.Money;

/**
 * Notifications on their own, fed booking's and payment's events: a new booking alerts the admins with its allergy
 * first, and a payment receipt that overtakes the booking's own announcement is written once the booking is known.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {"chefweb.notify.admin-emails=owner@bay-hibachi.test",
        "chefweb.notify.send-every=PT1H", "chefweb.events.resubmit-after=PT1S", "chefweb.events.resubmit-every=PT1S"})
class NotifyModuleTests {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewBookingAlertsTheAdminsWithItsAllergy(Scenario scenario) {
        BookingPlaced placed = placed(UUID.randomUUID());

        scenario.publish(placed)
                .andWaitForStateChange(() -> emails(placed.bookingId(), "new-booking-alert"), found -> !found.isEmpty())
                .andVerify(found -> {
                    assertThat(found).hasSize(1);
                    assertThat(found.getFirst()).startsWith("owner@bay-hibachi.test|[Allergy] New booking ")
                            .contains("ALLERGY ALERT: Sesame");
                });
    }

    @Test
    void aReceiptThatOvertakesTheBookingIsWrittenOnceTheBookingIsKnown(Scenario scenario) {
        BookingPlaced placed = placed(UUID.randomUUID());
        PaymentSucceeded paid = new PaymentSucceeded(UUID.randomUUID(), placed.bookingId(), PaymentPurpose.DEPOSIT,
                placed.depositDue(), false, Instant.now());

        scenario.publish(paid)
                .andWaitAtMost(Duration.ofSeconds(2))
                .andWaitForStateChange(() -> failedDeliveries(placed.bookingId()), failed -> failed > 0)
                .andVerify(failed -> assertThat(receipts(placed)).as("no booking to write about yet").isEmpty());

        scenario.publish(placed)
                .andWaitAtMost(Duration.ofSeconds(15))
                .andWaitForStateChange(() -> receipts(placed), found -> !found.isEmpty())
                .andVerify(found -> assertThat(found).singleElement().asString()
                        .contains("We received your deposit. Your party is confirmed!", "Paid now: $283.00"));
    }

    private int failedDeliveries(UUID bookingId) {
        return jdbc.queryForObject("select count(*) from event_publication.event_publication where status = 'FAILED'"
                + " and serialized_event like ?", Integer.class, "%" + bookingId + "%");
    }

    private List<String> receipts(BookingPlaced placed) {
        return jdbc.queryForList("select body_text from notify.outgoing_message where kind = 'payment-receipt' and recipient = ?",
                String.class, placed.contactEmail());
    }

    /** The emails of this kind about the booking, as {@code recipient|subject|text}. */
    private List<String> emails(UUID bookingId, String kind) {
        return jdbc.query("select recipient, subject, body_text from notify.outgoing_message where kind = ? and cause like ?",
                (row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3), kind,
                "%" + bookingId + "%");
    }

    private static BookingPlaced placed(UUID bookingId) {
        Instant start = Instant.now().plus(Duration.ofDays(20));
        return new BookingPlaced(bookingId, "CHEF-2027-" + bookingId.toString().substring(0, 4), "Casey Rivera",
                "casey-" + bookingId.toString().substring(0, 8) + "@example.com", "(510) 555-0199", start,
                "America/Los_Angeles", "signature", 14, Money.ofMinor(113_100, "USD"), Money.ofMinor(28_300, "USD"),
                start.minus(Duration.ofHours(48)), PaymentOption.DEPOSIT, true, "Sesame", false, null);
    }
}
