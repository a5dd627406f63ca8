package com.chefweb.chefs.profile;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A search of the public directory, as the app sends it.
 *
 * @param postalCode only chefs serving this postal code (in {@code country} when given)
 * @param country only chefs based in, or serving, this country (two letters)
 * @param search words in the chef's name, city or bio
 * @param page from 1
 */
public record DirectoryQuery(@Nullable String postalCode, @Nullable String country, @Nullable String search,
        Ordering ordering, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 12;
    public static final int MOST_PER_PAGE = 100;

    /** The orderings the directory offers. */
    public enum Ordering {
        RECENT, POPULAR, USERNAME;

        public static Optional<Ordering> of(@Nullable String code) {
            if (code == null || code.isBlank()) {
                return Optional.of(RECENT);
            }
            return switch (code.strip().toLowerCase(Locale.ROOT)) {
                case "recent", "-created_at", "newest" -> Optional.of(RECENT);
                case "popular", "-popular" -> Optional.of(POPULAR);
                case "username", "name" -> Optional.of(USERNAME);
                default -> Optional.empty();
            };
        }
    }
}
