package com.chefweb.crm.leads;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.web.Provided;

/** A household member as the chef wrote them; a field not sent is null and keeps its value. */
public record MemberForm(@Nullable Provided<String> name, @Nullable Provided<String> relationship,
        @Nullable Provided<Integer> age, @Nullable Provided<List<String>> dietaryPreferences,
        @Nullable Provided<List<String>> allergies, @Nullable Provided<String> notes) {
}
