package com.chefweb.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import com.chefweb.catalog.domain.CatalogAdministration;
import com.chefweb.catalog.domain.CatalogQueries;
import com.chefweb.catalog.domain.PackageChange;
import com.chefweb.catalog.events.PriceBookPublished;
import com.chefweb.shared.money.Money;

/** The catalog on its own: a change to a price publishes the next price book version with the new price. */
@ApplicationModuleTest
class CatalogModuleTests {

    @Autowired
    CatalogAdministration administration;

    @Autowired
    CatalogQueries catalog;

    @Test
    void changingAPricePublishesTheNextPriceBookVersion(Scenario scenario) {
        long before = catalog.currentPriceBook().version();
        Money newPrice = Money.ofMajor(70, Money.USD);

        scenario.stimulate(() -> administration.changePackages(List.of(
                        new PackageChange("essential", null, null, null, null, newPrice, null, null))))
                .andWaitForEventOfType(PriceBookPublished.class)
                .matching(event -> event.version() == before + 1)
                .toArriveAndVerify(event -> {
                    assertThat(event.priceBook().findPackage("essential").orElseThrow().adultPrice()).isEqualTo(newPrice);
                    assertThat(event.priceBook().findPackage("premium").orElseThrow().adultPrice())
                            .isEqualTo(Money.ofMajor(95, Money.USD));
                    assertThat(event.priceBook().deposit().depositFor(Money.ofMajor(1000, Money.USD)))
                            .isEqualTo(Money.ofMajor(250, Money.USD));
                    assertThat(event.priceBook().minimumSpend()).isEqualTo(Money.ofMajor(500, Money.USD));
                    assertThat(event.priceBook().balanceDueHoursBeforeEvent()).isEqualTo(48);
                });

        assertThat(catalog.currentPriceBook().version()).isEqualTo(before + 1);
    }

    @Test
    void retiringAPackageHidesItFromNewBookingsButKeepsItInThePriceBook(Scenario scenario) {
        scenario.stimulate(() -> administration.changePackages(List.of(
                        new PackageChange("premium", null, null, null, null, null, null, false))))
                .andWaitForEventOfType(PriceBookPublished.class)
                .toArriveAndVerify(event -> assertThat(event.priceBook().findPackage("premium").orElseThrow().active())
                        .isFalse());

        assertThat(catalog.activePackages()).extracting(p -> p.id()).containsExactly("essential", "signature");
        assertThat(catalog.allPackages()).extracting(p -> p.id()).contains("premium");

        administration.changePackages(List.of(new PackageChange("premium", null, null, null, null, null, null, true)));
    }
}
