package com.chefweb.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/** Booking payloads exactly as the storefront's wizard builds them ({@code BookingState.formData}). */
public final class StorefrontBookings {

    static final ZoneId BAY_AREA = ZoneId.of("America/Los_Angeles");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StorefrontBookings() {
    }

    /** Twelve adults and two children, signature, in Oakland, this many days ahead at 18:00. */
    public static Map<String, Object> party(Clock clock, int daysAhead) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serviceState", "CA");
        data.put("city", "Oakland");
        data.put("eventDate", LocalDate.now(clock.withZone(BAY_AREA)).plusDays(daysAhead).toString());
        data.put("eventTime", "18:00");
        data.put("travelFeeStatus", "included");
        data.put("travelFeeAmount", 0);
        data.put("numAdults", 12);
        data.put("numChildren", 2);
        data.put("partyType", "birthday");
        data.put("package", "signature");
        data.put("packagePrice", 1);
        data.put("addons", List.of(Map.of("id", "mochi-ice-cream", "name", "Mochi Ice Cream", "price", 4,
                "quantity", 1, "isPerPerson", true), Map.of("id", "cake", "name", "Celebration Cake", "price", 75,
                "quantity", 1, "isPerPerson", false)));
        data.put("addonsTotal", 1);
        data.put("address", "1 Lakeshore Ave");
        data.put("addressLine2", "Apt 2");
        data.put("zipCode", "94612");
        data.put("venueType", "backyard");
        data.put("setupRequirements", List.of("electrical-outlet"));
        data.put("specialRequests", "Surprise party");
        data.put("dietaryRestrictions", "Two vegetarians");
        data.put("hasAllergies", true);
        data.put("allergies", "Shellfish");
        data.put("contactName", "Jordan Rivera");
        data.put("contactEmail", "jordan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
        data.put("contactPhone", "415 555 0134");
        data.put("agreeToTerms", true);
        data.put("marketingConsent", false);
        data.put("paymentOption", "deposit");
        data.put("total", 1);
        return data;
    }

    public static Map<String, Object> with(Map<String, Object> data, Object... keysAndValues) {
        Map<String, Object> changed = new LinkedHashMap<>(data);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            changed.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return changed;
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
