package com.chefweb.catalog.domain;

import java.util.Currency;

import com.chefweb.shared.money.Money;
import com.chefweb.shared.pricing.DepositPolicy;

/** The platform-wide terms that price every booking, beside package, add-on and area prices. */
public record PricingPolicy(Currency currency, DepositPolicy deposit, Money minimumSpend,
        int balanceDueHoursBeforeEvent) {
}
