package com.chefweb.shared.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The US postal codes of the GeoNames dump shipped in {@code reference/} (CC BY 4.0): place, state, county and the
 * centroid of each ZIP code. Immutable reference data, read once by whichever module needs it.
 */
public final class UsPostalCodes {

    private static final String RESOURCE = "/reference/geonames-us-postal-codes.tsv";

    private final Map<String, PostalCode> byCode;
    private final Map<String, List<PostalCode>> byPlace;

    private UsPostalCodes(Map<String, PostalCode> byCode) {
        this.byCode = byCode;
        this.byPlace = byCode.values().stream().collect(Collectors.groupingBy(
                code -> placeKey(code.place(), code.stateCode())));
    }

    /** Reads the shipped file; about 41,000 rows. */
    public static UsPostalCodes load() {
        try (InputStream in = UsPostalCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference data " + RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static UsPostalCodes parse(BufferedReader reader) throws IOException {
        Map<String, PostalCode> codes = new LinkedHashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 11 || columns[9].isBlank() || columns[10].isBlank()) {
                continue;
            }
            PostalCode code = new PostalCode(columns[1], columns[2], columns[4], columns[5],
                    Double.parseDouble(columns[9]), Double.parseDouble(columns[10]));
            codes.putIfAbsent(code.code(), code);
        }
        return new UsPostalCodes(Map.copyOf(codes));
    }

    public Optional<PostalCode> find(String postalCode) {
        String five = postalCode.strip();
        five = five.length() > 5 ? five.substring(0, 5) : five;
        return Optional.ofNullable(byCode.get(five));
    }

    /** The postal codes of the given counties of one state, ordered by code. */
    public List<PostalCode> inCounties(String stateCode, Collection<String> counties) {
        Set<String> wanted = counties.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<PostalCode> found = new ArrayList<>();
        for (PostalCode code : byCode.values()) {
            if (code.stateCode().equalsIgnoreCase(stateCode) && wanted.contains(code.county().toLowerCase(Locale.ROOT))) {
                found.add(code);
            }
        }
        found.sort(java.util.Comparator.comparing(PostalCode::code));
        return found;
    }

    /**
     * A place (city) by name in a state, at the centre of its ZIP codes' centroids; ignores case and surrounding
     * spaces. Empty when the state has no such place.
     */
    public Optional<Place> findPlace(String name, String stateCode) {
        List<PostalCode> codes = byPlace.get(placeKey(name, stateCode));
        if (codes == null || codes.isEmpty()) {
            return Optional.empty();
        }
        double latitude = codes.stream().mapToDouble(PostalCode::latitude).average().orElseThrow();
        double longitude = codes.stream().mapToDouble(PostalCode::longitude).average().orElseThrow();
        return Optional.of(new Place(codes.getFirst().place(), codes.getFirst().stateCode(), latitude, longitude));
    }

    public int size() {
        return byCode.size();
    }

    private static String placeKey(String place, String stateCode) {
        return place.strip().toLowerCase(Locale.ROOT) + "|" + stateCode.strip().toUpperCase(Locale.ROOT);
    }

    /** A named place with a representative point. */
    public record Place(String name, String stateCode, double latitude, double longitude) {
    }

    /**
     * @param code five-digit ZIP code
     * @param place the place (city) name
     * @param stateCode two-letter state code
     * @param county county name
     */
    public record PostalCode(String code, String place, String stateCode, String county, double latitude,
            double longitude) {
    }
}
