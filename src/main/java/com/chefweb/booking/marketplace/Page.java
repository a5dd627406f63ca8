package com.chefweb.booking.marketplace;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, numbered from 1.
 *
 * @param count how many there are on all pages
 */
public record Page<T>(List<T> items, long count, int page, int pageSize) {

    public Page {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return count == 0 ? 1 : (int) ((count + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), count, page, pageSize);
    }

    /** The offset of the page's first item. */
    public static long offset(int page, int pageSize) {
        return (long) (page - 1) * pageSize;
    }
}
