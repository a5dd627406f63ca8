package com.chefweb.shared.pricing;

import static com.chefweb.shared.pricing.StorefrontPriceBook.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.QuoteRequest.AddOnChoice;

class QuotingTests {

    private static final Travel INCLUDED = new Travel.Included("bay_area", "Oakland");

    @Test
    void fifteenAdultsOfSignatureAsTheStorefrontShowsThem() {
        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(),
                new QuoteRequest("signature", 15, 0, List.of(), INCLUDED, null));

        assertThat(quote.foodAndAddOns()).isEqualTo(usd(1125));
        assertThat(quote.minimumSpendAdjustment()).isEqualTo(usd(0));
        assertThat(quote.total()).isEqualTo(usd(1125));
        assertThat(quote.depositDue()).as("25% of 1125 = 281.25, shown as $281").isEqualTo(usd(281));
        assertThat(quote.balanceDue()).isEqualTo(usd(844));
        assertThat(quote.travelFeeStatus()).isEqualTo("included");
        assertThat(quote.priceBookVersion()).isEqualTo(3);
    }

    @Test
    void eachPackagePricesAdultsAndChildren() {
        var book = StorefrontPriceBook.storefront();

        assertThat(total(book, "essential", 10, 4)).isEqualTo(usd(10 * 65 + 4 * 43));
        assertThat(total(book, "signature", 10, 4)).isEqualTo(usd(10 * 75 + 4 * 50));
        assertThat(total(book, "premium", 10, 4)).isEqualTo(usd(10 * 95 + 4 * 63));
    }

    @Test
    void addOnsAreFlatOrPerGuest() {
        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(), new QuoteRequest("signature", 10, 2,
                List.of(new AddOnChoice("mochi-ice-cream", 1), new AddOnChoice("cake", 2)), INCLUDED, null));

        // 10 x 75 + 2 x 50 = 850; mochi 4 x 12 guests = 48; two cakes 150
        assertThat(quote.foodAndAddOns()).isEqualTo(usd(850 + 48 + 150));
        Quote.Line mochi = quote.lines().stream().filter(l -> l.code().equals("mochi-ice-cream")).findFirst().orElseThrow();
        assertThat(mochi.quantity()).isEqualTo(12);
        assertThat(mochi.amount()).isEqualTo(usd(48));
    }

    @Test
    void aSmallPartyPaysAVisibleMinimumSpendAdjustmentInsteadOfBeingRefused() {
        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(),
                new QuoteRequest("essential", 4, 1, List.of(), INCLUDED, null));

        // 4 x 65 + 43 = 303, raised to the $500 minimum
        assertThat(quote.foodAndAddOns()).isEqualTo(usd(303));
        assertThat(quote.minimumSpendAdjustment()).isEqualTo(usd(197));
        assertThat(quote.lines()).anySatisfy(line -> {
            assertThat(line.kind()).isEqualTo(Quote.Kind.MINIMUM_SPEND);
            assertThat(line.amount()).isEqualTo(usd(197));
        });
        assertThat(quote.total()).isEqualTo(usd(500));
        assertThat(quote.depositDue()).isEqualTo(usd(125));
    }

    @Test
    void addOnsCountTowardTheMinimumButTravelDoesNot() {
        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(), new QuoteRequest("essential", 4, 0,
                List.of(new AddOnChoice("photographer", 1)), new Travel.Estimated("bay_area", "Sacramento", 20, usd(100)), null));

        // 260 food + 300 photography = 560 >= 500: no adjustment; travel on top
        assertThat(quote.minimumSpendAdjustment()).isEqualTo(usd(0));
        assertThat(quote.travelFee()).isEqualTo(usd(100));
        assertThat(quote.total()).isEqualTo(usd(660));
        assertThat(quote.travelFeeStatus()).isEqualTo("estimated");
        assertThat(quote.travelMiles()).isEqualTo(20);
    }

    @Test
    void taxIsALineOnTheAreasRate() {
        Quote quote = Quoting.quote(StorefrontPriceBook.withTaxPercent("8.625"),
                new QuoteRequest("signature", 10, 0, List.of(), INCLUDED, null));

        // 750 x 8.625% = 64.6875, rounded half up to 64.69
        assertThat(quote.tax()).isEqualTo(Money.ofMinor(6469, "USD"));
        assertThat(quote.total()).isEqualTo(Money.ofMinor(81469, "USD"));
        assertThat(quote.lines()).extracting(Quote.Line::kind).contains(Quote.Kind.TAX);
    }

    @Test
    void anUnknownLocationLeavesTravelToBeDetermined() {
        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(),
                new QuoteRequest("signature", 10, 0, List.of(), new Travel.ToBeDetermined("unknown"), null));

        assertThat(quote.travelFeeStatus()).isEqualTo("tbd");
        assertThat(quote.total()).isEqualTo(usd(750));
    }

    @Test
    void theBalanceFallsDue48HoursBeforeTheEventAtTheVenue() {
        var start = LocalDateTime.parse("2027-03-14T18:00").atZone(ZoneId.of("America/Los_Angeles"));

        Quote quote = Quoting.quote(StorefrontPriceBook.storefront(),
                new QuoteRequest("signature", 10, 0, List.of(), INCLUDED, start));

        // 18:00 on the 14th is daylight time (UTC-7), 01:00 UTC on the 15th; 48 elapsed hours before is
        // 01:00 UTC on the 13th, which is 17:00 standard time on the 12th, across the clock change
        assertThat(quote.balanceDueAt()).isEqualTo(Instant.parse("2027-03-13T01:00:00Z"));
    }

    @Test
    void retiredPackagesAndUnknownAddOnsCannotBeQuoted() {
        var book = StorefrontPriceBook.storefront();

        assertThatThrownBy(() -> total(book, "deluxe", 10, 0)).isInstanceOf(Quoting.UnknownChoice.class);
        assertThatThrownBy(() -> Quoting.quote(book, new QuoteRequest("signature", 10, 0,
                List.of(new AddOnChoice("fireworks", 1)), INCLUDED, null)))
                .isInstanceOf(Quoting.UnknownChoice.class).hasMessageContaining("fireworks");
    }

    private static Money total(PriceBook book, String packageId, int adults, int children) {
        return Quoting.quote(book, new QuoteRequest(packageId, adults, children, List.of(), INCLUDED, null)).total();
    }
}
