package com.chefweb.booking.meals;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.booking.marketplace.MarketplaceChef;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.FreeText;
import com.chefweb.shared.refusal.Refusal;

/** A chef's meals (the app also calls them dishes): what their meal events serve. Only the chef sees or changes them. */
@Service
public class Meals {

    private static final List<String> MEAL_TYPES = List.of("Breakfast", "Lunch", "Dinner");
    private static final int MAX_TAGS = 20;

    private final MealRepository meals;
    private final Clock clock;

    Meals(MealRepository meals, Clock clock) {
        this.meals = meals;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Meal> ofChef(MarketplaceChef chef) {
        return meals.ofChef(chef.userId());
    }

    /** @throws Refusal.NotFound for another chef's meal */
    @Transactional(readOnly = true)
    public Meal find(MarketplaceChef chef, long id) {
        return meals.ofChef(chef.userId(), id, false).orElseThrow(() -> Refusal.notFound("Meal not found"));
    }

    /** @throws Refusal.Invalid field by field; nothing is stored then */
    @Transactional
    public Meal create(MarketplaceChef chef, MealChanges changes) {
        Instant now = clock.instant();
        return meals.insert(chef.userId(), checked(new Meal(0, chef.userId(), "", "", "Dinner", List.of(), List.of(),
                null, now, now), changes, true), now);
    }

    @Transactional
    public Meal change(MarketplaceChef chef, long id, MealChanges changes) {
        Meal meal = meals.ofChef(chef.userId(), id, true).orElseThrow(() -> Refusal.notFound("Meal not found"));
        return meals.update(checked(meal, changes, false), clock.instant());
    }

    @Transactional
    public void delete(MarketplaceChef chef, long id) {
        meals.ofChef(chef.userId(), id, true).orElseThrow(() -> Refusal.notFound("Meal not found"));
        meals.delete(id, clock.instant());
    }

    private static Meal checked(Meal meal, MealChanges changes, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = changes.name() == null ? meal.name()
                : FreeText.check("name", changes.name().value(), 200, false, problems);
        if (name == null || name.isEmpty()) {
            if (creating || changes.name() != null) {
                problems.add(new FieldProblem("name", "Give the meal a name"));
            }
            name = meal.name();
        }
        String description = changes.description() == null ? meal.description()
                : FreeText.check("description", changes.description().value(), 5000, true, problems);
        String mealType = changes.mealType() == null ? meal.mealType() : mealType(changes.mealType().value(), problems);
        List<String> tags = changes.dietaryTags() == null ? meal.dietaryTags()
                : tags("dietary_preferences", changes.dietaryTags().value(), problems);
        List<String> allergens = changes.allergens() == null ? meal.allergens()
                : tags("allergens", changes.allergens().value(), problems);
        String imageUrl = changes.imageUrl() == null ? meal.imageUrl() : imageUrl(changes.imageUrl().value(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return new Meal(meal.id(), meal.chefUserId(), name, description == null ? "" : description, mealType, tags,
                allergens, imageUrl, meal.createdAt(), meal.updatedAt());
    }

    private static String mealType(@Nullable String given, List<FieldProblem> problems) {
        String type = given == null ? "Dinner" : given.strip();
        for (String known : MEAL_TYPES) {
            if (known.equalsIgnoreCase(type)) {
                return known;
            }
        }
        problems.add(new FieldProblem("meal_type", "Choose Breakfast, Lunch or Dinner"));
        return "Dinner";
    }

    private static List<String> tags(String field, @Nullable List<String> given, List<FieldProblem> problems) {
        if (given == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : given) {
            String clean = FreeText.check(field, tag, 50, false, problems);
            if (clean != null && tags.stream().noneMatch(clean::equalsIgnoreCase)) {
                tags.add(clean);
            }
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldProblem(field, "Up to " + MAX_TAGS + " entries"));
        }
        return tags;
    }

    private static @Nullable String imageUrl(@Nullable String given, List<FieldProblem> problems) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String url = given.strip();
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (url.length() <= 2000 && (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException notAUrl) {
            // refused below
        }
        problems.add(new FieldProblem("image_url", "Give a web address starting with https://"));
        return null;
    }
}
