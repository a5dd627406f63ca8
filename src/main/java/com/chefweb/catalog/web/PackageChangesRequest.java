package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.chefweb.catalog.domain.PackageChange;
import com.chefweb.shared.money.Money;

/**
 * An admin's edit of one or more packages; a field left out keeps its value. Applied all or none.
 */
record PackageChangesRequest(@NotEmpty @Size(max = 50) List<@Valid Change> packages) {

    record Change(
            @NotBlank String id,
            @Nullable @Size(min = 1, max = 100) String name,
            @Nullable @Size(max = 200) String tagline,
            @Nullable @Size(max = 2000) String description,
            @Nullable @Size(max = 30) List<@NotBlank @Size(max = 200) String> includes,
            @Nullable @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal price,
            @Nullable @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) BigDecimal childPrice,
            @Nullable Boolean active) {

        PackageChange toChange(Currency currency) {
            return new PackageChange(id.strip(), name == null ? null : name.strip(), tagline, description, includes,
                    price == null ? null : Money.ofMajor(price, currency),
                    childPrice == null ? null : Money.ofMajor(childPrice, currency), active);
        }
    }
}
