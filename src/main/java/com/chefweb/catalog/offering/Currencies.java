package com.chefweb.catalog.offering;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The currencies a chef may price in (the app's list), lowercase as tiers carry them, and how prices read. */
final class Currencies {

    static final String DEFAULT = "usd";

    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put("usd", "$");
        SYMBOLS.put("eur", "€");
        SYMBOLS.put("gbp", "£");
        SYMBOLS.put("jpy", "¥");
        SYMBOLS.put("cad", "CA$");
        SYMBOLS.put("aud", "A$");
        SYMBOLS.put("chf", "CHF ");
        SYMBOLS.put("hkd", "HK$");
        SYMBOLS.put("sgd", "S$");
        SYMBOLS.put("nzd", "NZ$");
        SYMBOLS.put("mxn", "MX$");
    }

    private Currencies() {
    }

    static Set<String> supported() {
        return SYMBOLS.keySet();
    }

    static boolean isSupported(String code) {
        return SYMBOLS.containsKey(code);
    }

    /** "$50", "$49.50", "¥5000": the symbol and the amount in major units, whole amounts without decimals. */
    static String price(long minorUnits, String code) {
        int digits = Currency.getInstance(code.toUpperCase(Locale.ROOT)).getDefaultFractionDigits();
        BigDecimal major = BigDecimal.valueOf(minorUnits, Math.max(digits, 0));
        String amount = major.stripTrailingZeros().scale() <= 0 ? major.setScale(0).toPlainString()
                : major.toPlainString();
        return SYMBOLS.getOrDefault(code, code.toUpperCase(Locale.ROOT) + " ") + amount;
    }
}
