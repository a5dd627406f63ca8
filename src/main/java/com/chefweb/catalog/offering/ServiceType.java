package com.chefweb.catalog.offering;

import java.util.Arrays;
import java.util.Optional;

/** What a chef offers. The directive also lists catering; the app's model refuses it, and so does this one. */
public enum ServiceType {
    HOME_CHEF("home_chef", "In-Home Chef"),
    WEEKLY_PREP("weekly_prep", "Weekly Meal Prep");

    private final String code;
    private final String label;

    ServiceType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ServiceType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
