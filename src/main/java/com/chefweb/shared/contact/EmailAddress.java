package com.chefweb.shared.contact;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address, trimmed and lower-cased so one person is one address however they type it.
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    /** Normalises and checks an address as typed; empty when it is not a plausible address. */
    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = typed.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !SHAPE.matcher(normalised).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(normalised));
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
