package com.chefweb.identity.account;

import java.util.Locale;

/** What an account may do: run the business (admin, staff), sell as a chef, or buy as a customer. */
public enum Role {
    ADMIN, STAFF, CHEF, CUSTOMER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
