package com.chefweb.chefs.profile;

import org.jspecify.annotations.Nullable;

/** A postal code a chef serves; the place is known for US codes. */
public record ServedPostalCode(String country, String postalCode, @Nullable String placeName) {

    public String asKey() {
        return country + ":" + postalCode;
    }
}
