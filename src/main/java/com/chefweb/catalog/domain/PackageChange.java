package com.chefweb.catalog.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * An admin's edit of one package: only the fields that are present change.
 *
 * @param id the package to change
 */
public record PackageChange(String id, @Nullable String name, @Nullable String tagline, @Nullable String description,
        @Nullable List<String> includes, @Nullable Money adultPrice, @Nullable Money childPrice,
        @Nullable Boolean active) {

    ServicePackage applyTo(ServicePackage current) {
        return new ServicePackage(current.id(),
                name != null ? name : current.name(),
                tagline != null ? tagline : current.tagline(),
                description != null ? description : current.description(),
                includes != null ? includes : current.includes(),
                adultPrice != null ? adultPrice : current.adultPrice(),
                childPrice != null ? childPrice : current.childPrice(),
                current.sortOrder(),
                active != null ? active : current.active());
    }
}
