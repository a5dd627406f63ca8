package com.chefweb.shared.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook.AddOnPrice;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;
import com.chefweb.shared.pricing.PriceBook.PackagePrice;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeePolicy;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeeTier;

/** The storefront's prices and policies (product.md), written out so tests state exact amounts. */
final class StorefrontPriceBook {

    static final UsPostalCodes POSTAL_CODES = UsPostalCodes.load();
    static final List<String> BAY_AREA_COUNTIES = List.of("Alameda", "Contra Costa", "Marin", "Napa",
            "City and County of San Francisco", "San Mateo", "Santa Clara", "Solano", "Sonoma");

    private StorefrontPriceBook() {
    }

    static PriceBook withTaxPercent(String taxPercent) {
        var bay = POSTAL_CODES.inCounties("CA", BAY_AREA_COUNTIES);
        ServiceAreaRules bayArea = new ServiceAreaRules("bay_area", "San Francisco Bay Area", List.of("CA"),
                BAY_AREA_COUNTIES, bay.stream().map(UsPostalCodes.PostalCode::place).distinct().toList(),
                bay.stream().map(UsPostalCodes.PostalCode::code).toList(), "America/Los_Angeles",
                TravelFeePolicy.INCLUDED, 300,
                List.of(new TravelFeeTier(100, usd(100)), new TravelFeeTier(200, usd(150)), new TravelFeeTier(300, usd(200))),
                new BigDecimal(taxPercent));
        return new PriceBook(3, Instant.parse("2026-11-01T00:00:00Z"), Money.USD,
                List.of(new PackagePrice("essential", "Essential", usd(65), usd(43), true),
                        new PackagePrice("signature", "Signature", usd(75), usd(50), true),
                        new PackagePrice("premium", "Premium", usd(95), usd(63), true),
                        new PackagePrice("deluxe", "Deluxe", usd(125), usd(80), false)),
                List.of(new AddOnPrice("soft-drinks", "Soft Drinks Package", usd(75), AddOnPricing.FLAT, true),
                        new AddOnPrice("mochi-ice-cream", "Mochi Ice Cream", usd(4), AddOnPricing.PER_PERSON, true),
                        new AddOnPrice("cake", "Celebration Cake", usd(75), AddOnPricing.FLAT, true),
                        new AddOnPrice("photographer", "Professional Photography", usd(300), AddOnPricing.FLAT, true)),
                List.of(bayArea), DepositPolicy.percentOfTotal(BigDecimal.valueOf(25), true), usd(500), 48);
    }

    static PriceBook storefront() {
        return withTaxPercent("0");
    }

    static Money usd(long dollars) {
        return Money.ofMajor(dollars, Money.USD);
    }
}
