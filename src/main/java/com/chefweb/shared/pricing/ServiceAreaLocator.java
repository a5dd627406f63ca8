package com.chefweb.shared.pricing;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import com.chefweb.shared.geo.Distance;
import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.geo.UsPostalCodes.PostalCode;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.ServiceAreaRules.TravelFeeTier;

/**
 * Places an event's location against a price book's service areas. A ZIP code decides when given; otherwise a city
 * and state. Inside an area (its ZIP codes or cities) travel is included; outside, the distance to the area's nearest
 * ZIP code centroid picks the travel-fee tier; beyond the last tier the location is refused; an unknown location is
 * left to be determined.
 */
public final class ServiceAreaLocator {

    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    /** The storefront's pseudo-states: the Bay Area itself, and "outside the Bay Area". */
    private static final String BAY_AREA_STATE = "CA";
    private static final String EXTENDED = "EXT";

    private final UsPostalCodes postalCodes;

    public ServiceAreaLocator(UsPostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    public Travel locate(EventLocation location, PriceBook priceBook) {
        Optional<Point> point = pointOf(location);
        if (point.isEmpty()) {
            return new Travel.ToBeDetermined("We could not find " + describe(location) + "; the travel fee will be confirmed");
        }
        Point at = point.get();
        for (ServiceAreaRules area : priceBook.serviceAreas()) {
            if (contains(area, at)) {
                return new Travel.Included(area.id(), at.name());
            }
        }
        return priceBook.serviceAreas().stream()
                .map(area -> assess(area, at, priceBook))
                .min(Comparator.comparingInt(ServiceAreaLocator::rank))
                .orElse(new Travel.ToBeDetermined("No service area is configured"));
    }

    /**
     * What makes the location contradict itself: a ZIP code no US address has, or one in another state than the
     * one chosen ({@code EXT}, "outside the Bay Area", goes with any). Empty when it holds together.
     *
     * @return field and message pairs, for the sender to fix
     */
    public java.util.List<java.util.Map.Entry<String, String>> contradictions(EventLocation location) {
        String zip = location.zipCode() == null ? "" : location.zipCode().strip();
        if (zip.isEmpty() || !ZIP.matcher(zip).matches()) {
            return java.util.List.of();
        }
        Optional<PostalCode> code = postalCodes.find(zip);
        if (code.isEmpty()) {
            return java.util.List.of(java.util.Map.entry("zipCode", "No US address has the ZIP code " + zip
                    + "; check it"));
        }
        String state = location.serviceState() == null ? "" : location.serviceState().strip().toUpperCase(Locale.ROOT);
        if (!state.isEmpty() && !state.equals(EXTENDED) && !state.equals(code.get().stateCode())) {
            return java.util.List.of(java.util.Map.entry("serviceState", "ZIP code " + zip + " is in "
                    + code.get().stateCode() + ", not " + state + "; choose " + code.get().stateCode()
                    + " or check the ZIP code"));
        }
        return java.util.List.of();
    }

    private Travel assess(ServiceAreaRules area, Point at, PriceBook priceBook) {
        int miles = (int) Math.ceil(area.postalCodes().stream()
                .map(postalCodes::find)
                .flatMap(Optional::stream)
                .mapToDouble(code -> Distance.miles(at.latitude(), at.longitude(), code.latitude(), code.longitude()))
                .min()
                .orElse(Double.MAX_VALUE));
        if (miles > area.maxTravelMiles()) {
            return new Travel.TooFar(at.name(), miles, area.maxTravelMiles());
        }
        Money fee = area.travelFeeTiers().stream()
                .filter(tier -> miles <= tier.upToMiles())
                .findFirst()
                .map(TravelFeeTier::fee)
                .orElseGet(() -> area.travelFeeTiers().isEmpty() ? Money.zero(priceBook.currency())
                        : area.travelFeeTiers().getLast().fee());
        return new Travel.Estimated(area.id(), at.name(), miles, fee);
    }

    /** Prefer an area that serves the location, then the nearest refusal. */
    private static int rank(Travel travel) {
        return switch (travel) {
            case Travel.Included included -> 0;
            case Travel.Estimated estimated -> estimated.miles();
            case Travel.TooFar tooFar -> 1_000_000 + tooFar.miles();
            case Travel.ToBeDetermined tbd -> 2_000_000;
        };
    }

    private boolean contains(ServiceAreaRules area, Point at) {
        if (at.zip() != null) {
            return area.postalCodes().contains(at.zip());
        }
        return area.states().stream().anyMatch(state -> state.equalsIgnoreCase(at.stateCode()))
                && area.cities().stream().anyMatch(city -> city.equalsIgnoreCase(at.name()));
    }

    private Optional<Point> pointOf(EventLocation location) {
        String zip = location.zipCode() == null ? "" : location.zipCode().strip();
        if (ZIP.matcher(zip).matches()) {
            Optional<PostalCode> code = postalCodes.find(zip);
            if (code.isPresent()) {
                PostalCode found = code.get();
                return Optional.of(new Point(found.code(), found.place(), found.stateCode(), found.latitude(),
                        found.longitude()));
            }
        }
        String city = location.city() == null ? "" : location.city().strip();
        if (city.isEmpty()) {
            return Optional.empty();
        }
        return statesToSearch(location.serviceState()).stream()
                .map(state -> postalCodes.findPlace(city, state))
                .flatMap(Optional::stream)
                .findFirst()
                .map(place -> new Point(null, place.name(), place.stateCode(), place.latitude(), place.longitude()));
    }

    /** {@code EXT} and a missing state mean "somewhere near the Bay Area": California and its neighbours. */
    private static java.util.List<String> statesToSearch(String serviceState) {
        String state = serviceState == null ? "" : serviceState.strip().toUpperCase(Locale.ROOT);
        if (state.isEmpty() || state.equals(EXTENDED)) {
            return java.util.List.of(BAY_AREA_STATE, "NV", "OR");
        }
        return java.util.List.of(state);
    }

    private static String describe(EventLocation location) {
        if (location.zipCode() != null && !location.zipCode().isBlank()) {
            return "ZIP code " + location.zipCode().strip();
        }
        return location.city() == null || location.city().isBlank() ? "the event's location" : location.city().strip();
    }

    private record Point(String zip, String name, String stateCode, double latitude, double longitude) {
    }
}
