package com.chefweb.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.chefweb.booking.pricing.PriceBookCopies;
import com.chefweb.catalog.events.PriceBookPublished;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.PriceBook.PackagePrice;

/** Booking alone, fed only with catalog events: it keeps every price book version it hears, once. */
@ApplicationModuleTest
class BookingPriceBookTests {

    @Autowired
    PriceBookCopies copies;

    @Autowired
    CompletedEventPublications completed;

    @Test
    void keepsEachPublishedVersionAndTheLatestPricesNewQuotes(Scenario scenario) {
        scenario.publish(new PriceBookPublished(priceBook(41, 75)))
                .andWaitForStateChange(() -> copies.version(41))
                .andVerify(copy -> assertThat(copy.orElseThrow().findPackage("signature").orElseThrow().adultPrice())
                        .isEqualTo(Money.ofMajor(75, Money.USD)));

        scenario.publish(new PriceBookPublished(priceBook(42, 80)))
                .andWaitForStateChange(() -> copies.latest().filter(book -> book.version() == 42))
                .andVerify(latest -> assertThat(latest.orElseThrow().findPackage("signature").orElseThrow()
                        .adultPrice()).isEqualTo(Money.ofMajor(80, Money.USD)));

        assertThat(copies.version(41).orElseThrow().findPackage("signature").orElseThrow().adultPrice())
                .as("an older version stays as it was published").isEqualTo(Money.ofMajor(75, Money.USD));
    }

    @Test
    void hearingAVersionAgainChangesNothing(Scenario scenario) {
        scenario.publish(new PriceBookPublished(priceBook(7, 75)))
                .andWaitForStateChange(() -> copies.version(7));

        // Wait until the listener has finished with the repeat, so the check below sees its outcome.
        scenario.publish(new PriceBookPublished(priceBook(7, 999)))
                .andWaitForStateChange(() -> completed.findAll().stream()
                        .filter(publication -> publication.getEvent() instanceof PriceBookPublished event
                                && event.priceBook().findPackage("signature").orElseThrow().adultPrice().minorUnits() == 99900)
                        .findAny());

        assertThat(copies.version(7).orElseThrow().findPackage("signature").orElseThrow().adultPrice())
                .isEqualTo(Money.ofMajor(75, Money.USD));
    }

    private static PriceBook priceBook(long version, int signatureAdultPrice) {
        return new PriceBook(version, Instant.parse("2026-11-01T10:00:00Z"), Money.USD,
                List.of(new PackagePrice("signature", "Signature", Money.ofMajor(signatureAdultPrice, Money.USD),
                        Money.ofMajor(50, Money.USD), true)),
                List.of(), List.of(), DepositPolicy.percentOfTotal(java.math.BigDecimal.valueOf(25), true),
                Money.ofMajor(500, Money.USD), 48);
    }
}
