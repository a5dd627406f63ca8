package com.chefweb.booking.meals;

import static com.chefweb.booking.jooq.Tables.MEAL;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import com.chefweb.booking.jooq.tables.records.MealRecord;

@Repository
class MealRepository {

    private final DSLContext db;

    MealRepository(DSLContext db) {
        this.db = db;
    }

    Meal insert(UUID chefUserId, Meal meal, Instant now) {
        return db.insertInto(MEAL)
                .set(MEAL.CHEF_USER_ID, chefUserId)
                .set(MEAL.NAME, meal.name())
                .set(MEAL.DESCRIPTION, meal.description())
                .set(MEAL.MEAL_TYPE, meal.mealType())
                .set(MEAL.DIETARY_TAGS, meal.dietaryTags().toArray(String[]::new))
                .set(MEAL.ALLERGENS, meal.allergens().toArray(String[]::new))
                .set(MEAL.IMAGE_URL, meal.imageUrl())
                .set(MEAL.CREATED_AT, now)
                .set(MEAL.UPDATED_AT, now)
                .returning()
                .fetchSingle(MealRepository::toMeal);
    }

    Meal update(Meal meal, Instant now) {
        return db.update(MEAL)
                .set(MEAL.NAME, meal.name())
                .set(MEAL.DESCRIPTION, meal.description())
                .set(MEAL.MEAL_TYPE, meal.mealType())
                .set(MEAL.DIETARY_TAGS, meal.dietaryTags().toArray(String[]::new))
                .set(MEAL.ALLERGENS, meal.allergens().toArray(String[]::new))
                .set(MEAL.IMAGE_URL, meal.imageUrl())
                .set(MEAL.UPDATED_AT, now)
                .where(MEAL.ID.eq(meal.id()))
                .returning()
                .fetchSingle(MealRepository::toMeal);
    }

    /** The chef's meal, if it is theirs and not deleted; locked when it is to change. */
    Optional<Meal> ofChef(UUID chefUserId, long id, boolean lock) {
        var query = db.selectFrom(MEAL).where(MEAL.ID.eq(id), MEAL.CHEF_USER_ID.eq(chefUserId), MEAL.DELETED.isFalse());
        return (lock ? query.forUpdate() : query).fetchOptional(MealRepository::toMeal);
    }

    Optional<Meal> find(long id) {
        return db.selectFrom(MEAL).where(MEAL.ID.eq(id)).fetchOptional(MealRepository::toMeal);
    }

    List<Meal> ofChef(UUID chefUserId) {
        return db.selectFrom(MEAL).where(MEAL.CHEF_USER_ID.eq(chefUserId), MEAL.DELETED.isFalse())
                .orderBy(MEAL.ID.desc()).limit(500).fetch(MealRepository::toMeal);
    }

    /** Deleted meals leave the chef's list; the events that served them keep naming them. */
    void delete(long id, Instant now) {
        db.update(MEAL).set(MEAL.DELETED, true).set(MEAL.UPDATED_AT, now).where(MEAL.ID.eq(id)).execute();
    }

    private static Meal toMeal(MealRecord row) {
        return new Meal(row.getId(), row.getChefUserId(), row.getName(), row.getDescription(), row.getMealType(),
                List.of(row.getDietaryTags()), List.of(row.getAllergens()), row.getImageUrl(), row.getCreatedAt(),
                row.getUpdatedAt());
    }
}
