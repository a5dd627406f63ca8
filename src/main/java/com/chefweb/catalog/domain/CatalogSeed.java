package com.chefweb.catalog.domain;

import java.util.List;

/** A complete catalog to load into an empty database: the storefront's, on first start. */
public record CatalogSeed(PricingPolicy policy, List<ServicePackage> packages, List<AddOn> addOns,
        List<MenuItem> menu, List<ServiceArea> serviceAreas) {

    public CatalogSeed {
        packages = List.copyOf(packages);
        addOns = List.copyOf(addOns);
        menu = List.copyOf(menu);
        serviceAreas = List.copyOf(serviceAreas);
    }
}
