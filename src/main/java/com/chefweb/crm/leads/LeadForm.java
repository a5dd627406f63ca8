package com.chefweb.crm.leads;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.web.Provided;

/**
 * What a chef wrote about a lead. A field not sent is null and keeps its value; one sent as null clears it.
 *
 * @param stage the directive's word ({@code new}, {@code discovery}, …) or the app's ({@code contacted}, {@code won},
 *     …)
 * @param anniversary {@code YYYY-MM-DD}
 * @param nextActionAt an instant ({@code 2026-12-01T17:00:00Z}) or a day ({@code 2026-12-01}, taken at its start in
 *     UTC)
 */
public record LeadForm(@Nullable Provided<String> firstName, @Nullable Provided<String> lastName,
        @Nullable Provided<String> email, @Nullable Provided<String> phone, @Nullable Provided<String> company,
        @Nullable Provided<String> notes, @Nullable Provided<String> stage, @Nullable Provided<String> source,
        @Nullable Provided<Boolean> priority, @Nullable Provided<Integer> budgetCents,
        @Nullable Provided<Integer> birthdayMonth, @Nullable Provided<Integer> birthdayDay,
        @Nullable Provided<String> anniversary, @Nullable Provided<List<String>> dietaryPreferences,
        @Nullable Provided<List<String>> allergies, @Nullable Provided<String> nextActionAt,
        @Nullable Provided<String> nextActionNote) {
}
