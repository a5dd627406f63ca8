package com.chefweb.crm.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.shared.web.Paging;

/** A page of a list in DRF's shape: {@code count}, the next and previous page numbers, and the results. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ListPage<T>(long count, @Nullable Integer next, @Nullable Integer previous, int page, int pageSize,
        int totalPages, List<T> results) {

    static <T> ListPage<T> of(List<T> results, long count, Paging paging) {
        int pages = (int) Math.max(1, (count + paging.pageSize() - 1) / paging.pageSize());
        return new ListPage<>(count, paging.page() < pages ? paging.page() + 1 : null,
                paging.page() > 1 ? paging.page() - 1 : null, paging.page(), paging.pageSize(), pages, results);
    }

    /** One page of a list already in memory. */
    static <T> ListPage<T> slice(List<T> all, Paging paging) {
        int from = Math.min(all.size(), (paging.page() - 1) * paging.pageSize());
        int to = Math.min(all.size(), from + paging.pageSize());
        return of(all.subList(from, to), all.size(), paging);
    }
}
