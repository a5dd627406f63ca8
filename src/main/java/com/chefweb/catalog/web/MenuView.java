package com.chefweb.catalog.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.chefweb.catalog.domain.MenuItem;

/**
 * What every party gets, with the lowest adult price for the home page's "from $X per person" line.
 *
 * @param startingAtPrice the lowest adult price of the active packages; null when none is active
 */
record MenuView(String heading, BigDecimal startingAtPrice, String currency, List<Item> items) {

    static MenuView of(List<MenuItem> items, BigDecimal startingAtPrice, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(startingAtPrice.stripTrailingZeros().scale() > 0 ? 2 : 0);
        String heading = "From " + format.format(startingAtPrice) + " per person, every party includes";
        return new MenuView(heading, startingAtPrice, currency.getCurrencyCode(),
                items.stream().map(item -> new Item(item.id(), item.name(), item.description())).toList());
    }

    record Item(String id, String name, String description) {
    }
}
