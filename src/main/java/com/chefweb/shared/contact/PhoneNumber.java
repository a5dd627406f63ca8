package com.chefweb.shared.contact;

import java.util.Optional;

/**
 * A phone number as the storefront formats it: 10 digits as {@code (555) 123-4567}, 11 starting with 1 as
 * {@code +1 (555) 123-4567}, other lengths up to 15 digits as {@code +digits}.
 */
public record PhoneNumber(String value) {

    /** Empty when the text does not hold 10 to 15 digits (spaces, dashes, dots and parentheses are allowed). */
    public static Optional<PhoneNumber> parse(String typed) {
        if (typed == null || !typed.strip().matches("^\\+?[0-9 ()\\-.]{10,25}$")) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() < 10 || digits.length() > 15) {
            return Optional.empty();
        }
        if (digits.length() == 10) {
            return Optional.of(new PhoneNumber(usFormat(digits)));
        }
        if (digits.length() == 11 && digits.startsWith("1")) {
            return Optional.of(new PhoneNumber("+1 " + usFormat(digits.substring(1))));
        }
        return Optional.of(new PhoneNumber("+" + digits));
    }

    /**
     * The number in E.164, as SMS providers take it: ten digits are a North American number ({@code +1} added),
     * anything longer already starts with its country code.
     */
    public String e164() {
        String digits = value.replaceAll("\\D", "");
        return "+" + (digits.length() == 10 ? "1" + digits : digits);
    }

    private static String usFormat(String tenDigits) {
        return "(" + tenDigits.substring(0, 3) + ") " + tenDigits.substring(3, 6) + "-" + tenDigits.substring(6);
    }

    @Override
    public String toString() {
        return value;
    }
}
