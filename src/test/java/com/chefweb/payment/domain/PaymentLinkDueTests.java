package com.chefweb.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.chefweb.shared.money.Money;

/** What a payment link charges at the moment it is followed. */
class PaymentLinkDueTests {

    private static final Instant NOW = Instant.parse("2027-03-01T18:00:00Z");

    @Test
    void nothingPaidBeforeTheBalanceIsDueChargesTheDepositOrTheTotalWhenAsked() {
        BookingDue booking = booking(NOW.plus(5, ChronoUnit.DAYS));

        assertThat(PaymentLinks.dueNow(booking, usd(0), null, NOW)).isEqualTo(new PaymentLinks.Due("deposit", usd(28300)));
        assertThat(PaymentLinks.dueNow(booking, usd(0), "full", NOW)).isEqualTo(new PaymentLinks.Due("full", usd(113100)));
    }

    @Test
    void onceTheBalanceIsDueAnUnpaidBookingIsChargedInFull() {
        BookingDue booking = booking(NOW.minus(1, ChronoUnit.HOURS));

        assertThat(PaymentLinks.dueNow(booking, usd(0), null, NOW)).isEqualTo(new PaymentLinks.Due("full", usd(113100)));
    }

    @Test
    void afterADepositOnlyTheBalanceIsCharged() {
        BookingDue booking = booking(NOW.plus(5, ChronoUnit.DAYS));

        assertThat(PaymentLinks.dueNow(booking, usd(28300), "full", NOW))
                .as("asking for the full amount after paying a deposit pays what is left")
                .isEqualTo(new PaymentLinks.Due("balance", usd(84800)));
    }

    private static BookingDue booking(Instant balanceDueAt) {
        return new BookingDue(UUID.randomUUID(), "CHEF-2027-0001", null, "Casey", "casey@example.com", usd(113100),
                usd(28300), balanceDueAt, balanceDueAt.plus(2, ChronoUnit.DAYS), "deposit", false, null,
                "America/Los_Angeles");
    }

    private static Money usd(long cents) {
        return Money.ofMinor(cents, "USD");
    }
}
