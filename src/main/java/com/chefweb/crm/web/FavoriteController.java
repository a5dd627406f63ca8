package com.chefweb.crm.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.favorites.Favorites;
import com.chefweb.crm.favorites.Favorites.FavoriteChef;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.JsonFields;
import com.chefweb.shared.web.Provided;

/** A customer's favorite chefs. */
@RestController
@Tag(name = "Favorites", description = "Customers' favorite chefs")
class FavoriteController {

    private final Favorites favorites;

    FavoriteController(Favorites favorites) {
        this.favorites = favorites;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FavoriteView(long chefId, String username, String displayName, @Nullable String photo, Instant addedAt) {

        static FavoriteView of(FavoriteChef favorite) {
            return new FavoriteView(favorite.chef().chefId(), favorite.chef().username(), favorite.chef().shownName(),
                    favorite.chef().profilePicUrl(), favorite.addedAt());
        }
    }

    record FavoriteList(List<FavoriteView> favorites, int count) {
    }

    @GetMapping({"/crm/api/favorites", "/crm/api/favorites/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The caller's favorite chefs, newest first")
    FavoriteList list() {
        List<FavoriteView> found = favorites.list(Caller.user()).stream().map(FavoriteView::of).toList();
        return new FavoriteList(found, found.size());
    }

    @PostMapping({"/crm/api/favorites", "/crm/api/favorites/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Add a chef (chef_id) to the caller's favorites (201); adding again changes nothing (200)")
    ResponseEntity<FavoriteView> add(@RequestBody JsonNode body) {
        JsonFields fields = JsonFields.of(body);
        Provided<Long> chefId = fields.id("chef_id");
        fields.refuseIfAny();
        if (chefId == null || chefId.value() == null) {
            throw Refusal.invalid("chef_id", "chef_id is required");
        }
        Favorites.Added added = favorites.add(Caller.user(), chefId.value());
        return ResponseEntity.status(added.added() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(FavoriteView.of(added.favorite()));
    }

    @DeleteMapping({"/crm/api/favorites/{chefId}", "/crm/api/favorites/{chefId}/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Take a chef off the caller's favorites")
    ResponseEntity<Void> remove(@PathVariable long chefId) {
        favorites.remove(Caller.user(), chefId);
        return ResponseEntity.noContent().build();
    }
}
