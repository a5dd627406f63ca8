package com.chefweb.crm.people;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A marketplace account as the CRM shows it to chefs.
 *
 * @param publicId the integer id the app's payloads carry
 * @param name the account's name, when its owner gave one
 */
public record Person(UUID userId, long publicId, String username, @Nullable String name, String email,
        int householdMemberCount, List<String> allergies, List<String> dietaryPreferences) {

    public Person {
        allergies = List.copyOf(allergies);
        dietaryPreferences = List.copyOf(dietaryPreferences);
    }

    /** The name to show: the given one, else the username. */
    public String displayName() {
        return name == null || name.isBlank() ? username : name;
    }

    public String firstName() {
        String shown = displayName().strip();
        int space = shown.indexOf(' ');
        return space < 0 ? shown : shown.substring(0, space);
    }

    public String lastName() {
        String shown = displayName().strip();
        int space = shown.indexOf(' ');
        return space < 0 ? "" : shown.substring(space + 1).strip();
    }
}
