package com.chefweb.crm.leads;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which of a chef's leads to list.
 *
 * @param stages the stages to keep (empty: all)
 * @param sources the sources to keep (empty: all)
 * @param search words matched against names, email, phone and company
 * @param ordering a field, {@code -} first for descending: {@code created_at}, {@code last_activity_at},
 *     {@code name}, {@code stage}, {@code next_action_at}
 * @param page numbered from 1
 */
public record LeadQuery(List<Stage> stages, List<String> sources, @Nullable Boolean priority,
        @Nullable String search, String ordering, int page, int pageSize) {

    public static final List<String> ORDERINGS = List.of("created_at", "last_activity_at", "name", "stage",
            "next_action_at");

    public LeadQuery {
        stages = List.copyOf(stages);
        sources = List.copyOf(sources);
    }
}
