package com.chefweb.catalog.seed;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.chefweb.catalog.domain.AddOn;
import com.chefweb.catalog.domain.CatalogSeed;
import com.chefweb.catalog.domain.MenuItem;
import com.chefweb.catalog.domain.PricingPolicy;
import com.chefweb.catalog.domain.ServiceArea;
import com.chefweb.catalog.domain.ServicePackage;
import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.geo.UsPostalCodes.PostalCode;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;
import com.chefweb.shared.pricing.ServiceAreaRules;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeePolicy;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeeTier;

/**
 * A catalog as written in a seed file, with prices in major units as people write them. A service area may name its
 * counties only; its cities and ZIP codes then come from the postal code reference data.
 */
record CatalogFile(String currency, Policy pricingPolicy, List<PackageEntry> packages, List<AddOnEntry> addOns,
        List<MenuEntry> menu, List<AreaEntry> serviceAreas) {

    record Policy(Deposit deposit, BigDecimal minimumSpend, int balanceDueHoursBeforeEvent) {
    }

    record Deposit(DepositPolicy.Kind kind, @Nullable BigDecimal percent, @Nullable BigDecimal amount,
            boolean roundToWholeMajorUnits) {
    }

    record PackageEntry(String id, String name, @Nullable String tagline, @Nullable String description,
            @Nullable List<String> includes, BigDecimal price, BigDecimal childPrice) {
    }

    record AddOnEntry(String id, String name, @Nullable String description, BigDecimal price, AddOnPricing pricing) {
    }

    record MenuEntry(String id, String name, @Nullable String description) {
    }

    record AreaEntry(String id, String name, List<String> states, @Nullable List<String> counties,
            @Nullable List<String> cities, @Nullable List<String> postalCodes, String timeZone,
            TravelFeePolicy travelFeePolicy, int maxTravelMiles, List<Tier> travelFeeTiers,
            BigDecimal taxRatePercent) {
    }

    record Tier(int upToMiles, BigDecimal fee) {
    }

    /** The catalog in domain terms; postal codes resolve counties into cities and ZIP codes. */
    CatalogSeed toSeed(UsPostalCodes postalCodes) {
        Currency money = Currency.getInstance(currency);
        Deposit deposit = pricingPolicy.deposit();
        DepositPolicy depositPolicy = switch (deposit.kind()) {
            case PERCENT -> DepositPolicy.percentOfTotal(Objects.requireNonNull(deposit.percent(), "deposit.percent"),
                    deposit.roundToWholeMajorUnits());
            case FIXED -> DepositPolicy.fixed(Money.ofMajor(Objects.requireNonNull(deposit.amount(), "deposit.amount"), money));
        };
        PricingPolicy policy = new PricingPolicy(money, depositPolicy,
                Money.ofMajor(pricingPolicy.minimumSpend(), money), pricingPolicy.balanceDueHoursBeforeEvent());
        return new CatalogSeed(policy,
                IntStream.range(0, packages.size()).mapToObj(i -> toPackage(packages.get(i), i, money)).toList(),
                IntStream.range(0, addOns.size()).mapToObj(i -> toAddOn(addOns.get(i), i, money)).toList(),
                IntStream.range(0, menu.size()).mapToObj(i -> toMenuItem(menu.get(i), i)).toList(),
                IntStream.range(0, serviceAreas.size())
                        .mapToObj(i -> toArea(serviceAreas.get(i), i, money, postalCodes)).toList());
    }

    private static ServicePackage toPackage(PackageEntry entry, int order, Currency money) {
        return new ServicePackage(entry.id(), entry.name(), orEmpty(entry.tagline()), orEmpty(entry.description()),
                entry.includes() == null ? List.of() : entry.includes(), Money.ofMajor(entry.price(), money),
                Money.ofMajor(entry.childPrice(), money), order, true);
    }

    private static AddOn toAddOn(AddOnEntry entry, int order, Currency money) {
        return new AddOn(entry.id(), entry.name(), orEmpty(entry.description()), Money.ofMajor(entry.price(), money),
                entry.pricing(), order, true);
    }

    private static MenuItem toMenuItem(MenuEntry entry, int order) {
        return new MenuItem(entry.id(), entry.name(), orEmpty(entry.description()), order);
    }

    private static ServiceArea toArea(AreaEntry entry, int order, Currency money, UsPostalCodes postalCodes) {
        List<String> counties = entry.counties() == null ? List.of() : entry.counties();
        List<PostalCode> inCounties = entry.states().stream()
                .flatMap(state -> postalCodes.inCounties(state, counties).stream())
                .toList();
        List<String> cities = entry.cities() != null ? entry.cities()
                : inCounties.stream().map(PostalCode::place).distinct().sorted().toList();
        List<String> zips = entry.postalCodes() != null ? entry.postalCodes()
                : inCounties.stream().map(PostalCode::code).toList();
        List<TravelFeeTier> tiers = entry.travelFeeTiers().stream()
                .map(tier -> new TravelFeeTier(tier.upToMiles(), Money.ofMajor(tier.fee(), money)))
                .toList();
        return new ServiceArea(new ServiceAreaRules(entry.id(), entry.name(), entry.states(), counties, cities, zips,
                entry.timeZone(), entry.travelFeePolicy(), entry.maxTravelMiles(), tiers, entry.taxRatePercent()),
                order, true);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
