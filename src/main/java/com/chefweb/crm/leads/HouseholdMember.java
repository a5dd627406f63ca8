package com.chefweb.crm.leads;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** Someone in a lead's household the chef cooks for, with what they eat and must not eat. */
public record HouseholdMember(long id, long leadId, String name, String relationship, @Nullable Integer age,
        List<String> dietaryPreferences, List<String> allergies, String notes) {

    public HouseholdMember {
        dietaryPreferences = List.copyOf(dietaryPreferences);
        allergies = List.copyOf(allergies);
    }
}
