package com.chefweb.shared.pricing;

import static com.chefweb.shared.pricing.StorefrontPriceBook.usd;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceAreaLocatorTests {

    private final ServiceAreaLocator locator = new ServiceAreaLocator(StorefrontPriceBook.POSTAL_CODES);
    private final PriceBook book = StorefrontPriceBook.storefront();

    @Test
    void bayAreaZipCodesAndCitiesIncludeTravel() {
        assertThat(locate("94103", null, null)).isInstanceOf(Travel.Included.class);
        assertThat(locate(null, "Palo Alto", "CA")).isInstanceOf(Travel.Included.class);
        assertThat(locate(null, "  oakland ", "CA")).isInstanceOf(Travel.Included.class);
    }

    @Test
    void eachDistanceTierPricesTravelBeyondTheBayArea() {
        // nearest Bay Area ZIP centroid: Sacramento about 20 miles, Reno about 131, Bakersfield about 181, Los Angeles about 277
        assertThat(estimated("95814")).isEqualTo(new Fee(usd(100), 20));
        assertThat(estimated("89501")).isEqualTo(new Fee(usd(150), 131));
        assertThat(estimated("93301")).isEqualTo(new Fee(usd(150), 182));
        assertThat(estimated("90012")).isEqualTo(new Fee(usd(200), 277));
    }

    @Test
    void aCityOutsideTheBayAreaIsMeasuredToo() {
        Travel monterey = locate(null, "Monterey", "EXT");

        assertThat(monterey).isInstanceOfSatisfying(Travel.Estimated.class, estimated -> {
            assertThat(estimated.tierFee()).isEqualTo(usd(100));
            assertThat(estimated.miles()).isBetween(30, 40);
        });
    }

    @Test
    void beyond300MilesIsRefusedWithTheDistance() {
        Travel sanDiego = locate("92101", null, null);

        assertThat(sanDiego).isInstanceOfSatisfying(Travel.TooFar.class, tooFar -> {
            assertThat(tooFar.miles()).isBetween(380, 395);
            assertThat(tooFar.message()).contains("San Diego", "300 miles");
        });
    }

    @Test
    void anUnknownPlaceIsToBeDetermined() {
        assertThat(locate(null, "Atlantis", "CA")).isInstanceOf(Travel.ToBeDetermined.class);
        assertThat(locate("00000", null, "EXT")).isInstanceOf(Travel.ToBeDetermined.class);
        assertThat(locate(null, null, "TX")).isInstanceOf(Travel.ToBeDetermined.class);
    }

    private Travel locate(String zip, String city, String state) {
        return locator.locate(new EventLocation(zip, city, state), book);
    }

    private Fee estimated(String zip) {
        Travel.Estimated estimated = (Travel.Estimated) locate(zip, null, null);
        return new Fee(estimated.tierFee(), estimated.miles());
    }

    private record Fee(com.chefweb.shared.money.Money fee, int miles) {
    }
}
