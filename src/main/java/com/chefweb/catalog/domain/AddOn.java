package com.chefweb.catalog.domain;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.PriceBook.AddOnPricing;

/** Something a party adds to its package, charged once or per guest. */
public record AddOn(String id, String name, String description, Money price, AddOnPricing pricing, int sortOrder,
        boolean active) {
}
