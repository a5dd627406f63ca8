package com.chefweb.chatbot.answer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.chefweb.catalog.events.PriceBookPublished.PackageDescription;
import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.PriceBook.AddOnPrice;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;
import com.chefweb.shared.pricing.PriceBook.PackagePrice;
import com.chefweb.shared.pricing.ServiceAreaRules;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeePolicy;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeeTier;

/** The storefront's price book (src/main/resources/catalog/storefront-catalog.json), as the chatbot receives it. */
final class StorefrontKnowledge {

    private StorefrontKnowledge() {
    }

    static Knowledge get() {
        List<String> counties = List.of("Alameda", "Contra Costa", "Marin", "Napa", "City and County of San Francisco",
                "San Mateo", "Santa Clara", "Solano", "Sonoma");
        // as the catalog's seeding does: the counties' cities and ZIP codes are inside the area
        List<UsPostalCodes.PostalCode> inside = UsPostalCodes.load().inCounties("CA", counties);
        PriceBook book = new PriceBook(1, Instant.parse("2026-12-01T00:00:00Z"), Money.USD,
                List.of(new PackagePrice("essential", "Essential", usd(65), usd(43), true),
                        new PackagePrice("signature", "Signature", usd(75), usd(50), true),
                        new PackagePrice("premium", "Premium", usd(95), usd(63), true)),
                List.of(new AddOnPrice("soft-drinks", "Soft Drinks Package", usd(75), AddOnPricing.FLAT, true),
                        new AddOnPrice("sake-upgrade", "Premium Sake Selection", usd(150), AddOnPricing.FLAT, true),
                        new AddOnPrice("beer-wine", "Beer & Wine Package", usd(200), AddOnPricing.FLAT, true),
                        new AddOnPrice("mochi-ice-cream", "Mochi Ice Cream", usd(4), AddOnPricing.PER_PERSON, true),
                        new AddOnPrice("cake", "Celebration Cake", usd(75), AddOnPricing.FLAT, true),
                        new AddOnPrice("additional-chef", "Additional Chef", usd(200), AddOnPricing.FLAT, true),
                        new AddOnPrice("photographer", "Professional Photography", usd(300), AddOnPricing.FLAT, true),
                        new AddOnPrice("tableware-upgrade", "Premium Tableware", usd(100), AddOnPricing.FLAT, true),
                        new AddOnPrice("decorations", "Event Decorations", usd(125), AddOnPricing.FLAT, true)),
                List.of(new ServiceAreaRules("bay_area", "San Francisco Bay Area", List.of("CA"), counties,
                        inside.stream().map(UsPostalCodes.PostalCode::place).distinct().sorted().toList(),
                        inside.stream().map(UsPostalCodes.PostalCode::code).toList(), "America/Los_Angeles", TravelFeePolicy.INCLUDED, 300,
                        List.of(new TravelFeeTier(100, usd(100)), new TravelFeeTier(200, usd(150)),
                                new TravelFeeTier(300, usd(200))), BigDecimal.ZERO)),
                DepositPolicy.percentOfTotal(BigDecimal.valueOf(25), true), usd(500), 48);
        return new Knowledge(book, List.of(
                new PackageDescription("essential", "Essential", "Best value",
                        "Hibachi at home with one protein per guest. Best for 6 to 15 guests.", List.of("Fried rice")),
                new PackageDescription("signature", "Signature", "Most popular",
                        "Two proteins per guest with gyoza and miso soup. Best for 10 to 30 guests.", List.of("Gyoza")),
                new PackageDescription("premium", "Premium", "Luxury",
                        "Three proteins including wagyu and lobster, cooked by a master chef.", List.of("Lobster"))));
    }

    private static Money usd(long dollars) {
        return Money.ofMajor(dollars, Money.USD);
    }
}
