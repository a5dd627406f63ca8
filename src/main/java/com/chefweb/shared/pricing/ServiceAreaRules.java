package com.chefweb.shared.pricing;

import java.math.BigDecimal;
import java.util.List;

import com.chefweb.shared.money.Money;

/**
 * Where a business serves and what travel and tax cost there.
 *
 * @param id stable identifier, such as {@code bay_area}
 * @param states two-letter state codes
 * @param counties counties wholly inside the area
 * @param cities city names inside the area (travel included)
 * @param postalCodes ZIP codes inside the area (travel included)
 * @param timeZone the IANA zone events in this area are held in
 * @param travelFeePolicy what travel costs inside the area
 * @param maxTravelMiles how far beyond the area the business still travels
 * @param travelFeeTiers fees for travel beyond the area, by distance, ascending
 * @param taxRatePercent tax on the booking total, in percent
 */
public record ServiceAreaRules(String id, String name, List<String> states, List<String> counties,
        List<String> cities, List<String> postalCodes, String timeZone, TravelFeePolicy travelFeePolicy,
        int maxTravelMiles, List<TravelFeeTier> travelFeeTiers, BigDecimal taxRatePercent) {

    public ServiceAreaRules {
        states = List.copyOf(states);
        counties = List.copyOf(counties);
        cities = List.copyOf(cities);
        postalCodes = List.copyOf(postalCodes);
        travelFeeTiers = List.copyOf(travelFeeTiers);
    }

    /** How travel is charged: included, estimated by distance tier, or to be determined. */
    public enum TravelFeePolicy {
        INCLUDED, ESTIMATED, TBD
    }

    /**
     * @param upToMiles the tier covers distances up to and including this many miles beyond the area
     * @param fee what travel costs in this tier
     */
    public record TravelFeeTier(int upToMiles, Money fee) {
    }
}
