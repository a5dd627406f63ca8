package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.chefweb.catalog.domain.AddOn;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;

/**
 * An add-on: {@code price} once per unit, or per unit and guest when {@code perPerson} is true.
 *
 * @param pricing {@code flat} or {@code per_person}
 */
record AddOnView(String id, String name, String description, BigDecimal price, String currency, String pricing,
        boolean perPerson) {

    static AddOnView of(AddOn addOn) {
        return new AddOnView(addOn.id(), addOn.name(), addOn.description(), addOn.price().toMajor(),
                addOn.price().currency().getCurrencyCode(), addOn.pricing().name().toLowerCase(Locale.ROOT),
                addOn.pricing() == AddOnPricing.PER_PERSON);
    }

    record AddOns(List<AddOnView> addons) {
    }
}
