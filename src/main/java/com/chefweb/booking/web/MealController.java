package com.chefweb.booking.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.chefweb.booking.marketplace.MarketplacePeople;
import com.chefweb.booking.meals.MealChanges;
import com.chefweb.booking.meals.Meals;
import com.chefweb.booking.web.MealViews.MealView;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;

/**
 * A chef's meals, which the app also calls dishes (its menu builder), with and without trailing slashes. Lists
 * answer an empty list to anyone who is not (yet) a chef here, as the dashboard loads them for everyone.
 */
@RestController
@Tag(name = "Meals", description = "Chefs' meals (dishes), which meal events serve")
class MealController {

    private final Meals meals;
    private final MarketplacePeople people;

    MealController(Meals meals, MarketplacePeople people) {
        this.meals = meals;
        this.people = people;
    }

    @GetMapping({"/meals/api/meals", "/meals/api/meals/", "/meals/api/dishes", "/meals/api/dishes/",
            "/meals/api/chef/meals", "/meals/api/chef/meals/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The chef's own meals (empty for anyone else)")
    List<MealView> list() {
        return people.knownActingChef().map(meals::ofChef).orElse(List.of()).stream().map(MealView::of).toList();
    }

    @GetMapping({"/meals/api/ingredients", "/meals/api/ingredients/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Ingredients: meals are described in words here, so there are none to list")
    List<MealView> ingredients() {
        return List.of();
    }

    @PostMapping({"/meals/api/meals", "/meals/api/meals/", "/meals/api/chef/meals", "/meals/api/chef/meals/",
            "/meals/api/create-chef-dish", "/meals/api/create-chef-dish/"})
    @Access(Level.CHEF)
    @Operation(summary = "Create a meal")
    ResponseEntity<MealCreated> create(@RequestBody JsonNode body) {
        MealChanges changes = changes(body);
        MealView meal = MealView.of(meals.create(people.actingChef(), changes));
        return ResponseEntity.status(HttpStatus.CREATED).body(new MealCreated(meal.id(), "Meal created", meal));
    }

    /** @param message what the app shows in its toast */
    record MealCreated(long id, String message, MealView meal) {
    }

    @GetMapping({"/meals/api/meals/{id}", "/meals/api/meals/{id}/", "/meals/api/chef/meals/{id}",
            "/meals/api/chef/meals/{id}/"})
    @Access(Level.CHEF)
    @Operation(summary = "One of the chef's meals")
    MealView one(@PathVariable long id) {
        return MealView.of(meals.find(people.actingChef(), id));
    }

    @RequestMapping(path = {"/meals/api/meals/{id}", "/meals/api/meals/{id}/", "/meals/api/chef/meals/{id}",
            "/meals/api/chef/meals/{id}/"}, method = {RequestMethod.PATCH, RequestMethod.PUT})
    @Access(Level.CHEF)
    @Operation(summary = "Change a meal: only the fields sent")
    MealView change(@PathVariable long id, @RequestBody JsonNode body) {
        MealChanges changes = changes(body);
        return MealView.of(meals.change(people.actingChef(), id, changes));
    }

    @DeleteMapping({"/meals/api/meals/{id}", "/meals/api/meals/{id}/", "/meals/api/chef/meals/{id}",
            "/meals/api/chef/meals/{id}/", "/meals/api/dishes/{id}/delete", "/meals/api/dishes/{id}/delete/"})
    @Access(Level.CHEF)
    @Operation(summary = "Delete a meal: it leaves the list; events that served it keep its name")
    ResponseEntity<Void> delete(@PathVariable long id) {
        meals.delete(people.actingChef(), id);
        return ResponseEntity.noContent().build();
    }

    private static MealChanges changes(JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        var tags = fields.strings("dietary_preferences");
        MealChanges changes = new MealChanges(fields.text("name"), fields.text("description"),
                fields.text("meal_type"), tags != null ? tags : fields.strings("dietary_tags"),
                fields.strings("allergens"), fields.text("image_url"));
        fields.refuseIfAny();
        return changes;
    }
}
