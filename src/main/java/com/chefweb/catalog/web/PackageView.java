package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.List;

import com.chefweb.catalog.domain.ServicePackage;

/**
 * A package as the storefront reads it: {@code price} per adult and {@code childPrice} per child, in major units.
 */
record PackageView(String id, String name, String tagline, String description, List<String> includes,
        BigDecimal price, BigDecimal childPrice, String currency, boolean active) {

    static PackageView of(ServicePackage servicePackage) {
        return new PackageView(servicePackage.id(), servicePackage.name(), servicePackage.tagline(),
                servicePackage.description(), servicePackage.includes(), servicePackage.adultPrice().toMajor(),
                servicePackage.childPrice().toMajor(), servicePackage.adultPrice().currency().getCurrencyCode(),
                servicePackage.active());
    }

    record Packages(List<PackageView> packages, long priceBookVersion) {
    }
}
