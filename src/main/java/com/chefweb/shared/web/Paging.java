package com.chefweb.shared.web;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.refusal.Refusal;

/**
 * The page a marketplace list is asked for: {@code page} and {@code page_size} (DRF's way), or {@code limit} and {@code offset}.
 *
 * @param page numbered from 1
 */
public record Paging(int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public static Paging of(@Nullable String page, @Nullable String pageSize, @Nullable String limit,
            @Nullable String offset, int defaultSize) {
        int size = pageSize != null && !pageSize.isBlank() ? whole("page_size", pageSize, 1)
                : limit != null && !limit.isBlank() ? whole("limit", limit, 1) : defaultSize;
        size = Math.min(size, MAX_PAGE_SIZE);
        if (page != null && !page.isBlank()) {
            return new Paging(whole("page", page, 1), size);
        }
        if (offset != null && !offset.isBlank()) {
            // an offset between pages starts the page that holds it
            return new Paging(whole("offset", offset, 0) / size + 1, size);
        }
        return new Paging(1, size);
    }

    private static int whole(String name, String given, int min) {
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= min && value <= 1_000_000) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw Refusal.invalid(name, "Give a whole number of at least " + min + ".");
    }
}
