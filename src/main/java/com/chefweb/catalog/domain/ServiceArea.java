package com.chefweb.catalog.domain;

import com.chefweb.shared.pricing.ServiceAreaRules;

/** A service area as the catalog keeps it: the rules that price travel and tax there, and whether it is offered. */
public record ServiceArea(ServiceAreaRules rules, int sortOrder, boolean active) {
}
