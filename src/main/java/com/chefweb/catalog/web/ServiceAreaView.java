package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.chefweb.shared.pricing.ServiceAreaRules;

/**
 * A service area in the PRD's shape: travel inside it costs {@code travelFeePolicy}; beyond it, up to
 * {@code maxRadiusMiles}, the first distance tier that covers the distance applies.
 */
record ServiceAreaView(String id, String region, String name, List<String> states, List<String> counties,
        List<String> cities, List<String> postalCodes, String timeZone, String travelFeePolicy, int maxRadiusMiles,
        List<Tier> travelFeeTiers, BigDecimal taxRatePercent, String currency, boolean active) {

    static ServiceAreaView of(ServiceAreaRules rules, String currency) {
        return new ServiceAreaView(rules.id(), rules.id(), rules.name(), rules.states(), rules.counties(),
                rules.cities(), rules.postalCodes(), rules.timeZone(),
                rules.travelFeePolicy().name().toLowerCase(Locale.ROOT), rules.maxTravelMiles(),
                rules.travelFeeTiers().stream().map(t -> new Tier(t.upToMiles(), t.fee().toMajor())).toList(),
                rules.taxRatePercent(), currency, true);
    }

    record Tier(int upToMiles, BigDecimal fee) {
    }

    record ServiceAreas(List<ServiceAreaView> serviceAreas) {
    }
}
