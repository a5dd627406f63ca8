package com.chefweb.catalog.domain;

import java.util.List;

import com.chefweb.shared.money.Money;

/**
 * A package a customer chooses for a party, priced per adult and per child.
 *
 * @param includes what the package includes, one line each, as the storefront lists it
 * @param active whether new bookings may choose it
 */
public record ServicePackage(String id, String name, String tagline, String description, List<String> includes,
        Money adultPrice, Money childPrice, int sortOrder, boolean active) {

    public ServicePackage {
        includes = List.copyOf(includes);
    }
}
