package com.chefweb.booking.events;

import java.util.Optional;

/** What a marketplace order buys: seats at a chef's meal event, or a chef's service. */
public enum MarketplaceOrderType {
    CHEF_MEAL("chef_meal"), SERVICE("service");

    private final String code;

    MarketplaceOrderType(String code) {
        this.code = code;
    }

    /** The word Stripe's metadata and the database carry. */
    public String code() {
        return code;
    }

    public static Optional<MarketplaceOrderType> fromCode(String code) {
        for (MarketplaceOrderType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
