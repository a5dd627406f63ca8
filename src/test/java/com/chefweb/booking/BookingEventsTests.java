package com.chefweb.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.chefweb.booking.domain.BookingDetails;
import com.chefweb.booking.domain.BookingPlacement;
import com.chefweb.booking.domain.BookingSelfService;
import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.pricing.PriceBookCopies;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.catalog.events.PriceBookPublished;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.PriceBook.PackagePrice;

/**
 * Booking on its own, fed a price book by event: placing a booking announces what is due, and cancelling announces
 * the refund owed, for payment and notifications to act on.
 */
@ApplicationModuleTest
class BookingEventsTests {

    @Autowired
    BookingPlacement placement;

    @Autowired
    BookingSelfService selfService;

    @Autowired
    PriceBookCopies copies;

    @Test
    void placingAndCancellingABookingAnnounceWhatIsDue(Scenario scenario) {
        scenario.publish(new PriceBookPublished(new PriceBook(1, Instant.now(), Money.USD,
                        List.of(new PackagePrice("signature", "Signature", Money.ofMajor(75, Money.USD),
                                Money.ofMajor(50, Money.USD), true)),
                        List.of(), List.of(), DepositPolicy.percentOfTotal(java.math.BigDecimal.valueOf(25), true),
                        Money.ofMajor(500, Money.USD), 48)))
                .andWaitForStateChange(() -> copies.version(1));

        BookingDetails details = new BookingDetails("CA", "Somewhere", null,
                java.time.LocalDate.now(Clock.systemUTC()).plusDays(20).toString(), "17:00", 10, 0, null, "signature",
                List.of(), null, null, null, List.of(), null, null, true, "Peanuts", "Kim Lee", "kim@example.com",
                "(510) 555-0101", true, false, false, "full");

        scenario.stimulate(() -> placement.place(details, null))
                .andWaitForEventOfType(BookingPlaced.class)
                .toArriveAndVerify(placed -> {
                    assertThat(placed.total()).isEqualTo(Money.ofMajor(750, Money.USD));
                    assertThat(placed.depositDue()).isEqualTo(Money.ofMajor(188, Money.USD));
                    assertThat(placed.allergyAlert()).isTrue();
                    assertThat(placed.allergies()).isEqualTo("Peanuts");
                    assertThat(placed.paymentOption()).isEqualTo(PaymentOption.FULL);
                    assertThat(placed.timeZone()).isEqualTo("America/Los_Angeles");
                    assertThat(placed.balanceDueAt()).isEqualTo(placed.eventStart().minusSeconds(48 * 3600));

                    scenario.stimulate(() -> selfService.cancel(placed.bookingId(), "KIM@example.com", ""))
                            .andWaitForEventOfType(BookingCancelled.class)
                            .toArriveAndVerify(cancelled -> {
                                assertThat(cancelled.bookingId()).isEqualTo(placed.bookingId());
                                assertThat(cancelled.refundPercent()).isEqualTo(100);
                                assertThat(cancelled.refundDue()).isEqualTo(Money.zero(Money.USD));
                                assertThat(cancelled.reason()).isEqualTo("Customer requested cancellation");
                            });
                });
    }
}
