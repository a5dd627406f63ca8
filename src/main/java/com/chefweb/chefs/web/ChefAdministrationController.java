package com.chefweb.chefs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.chefs.reviews.ReviewSummaries;
import com.chefweb.chefs.profile.ChefProfiles;
import com.chefweb.chefs.profile.ChefProfiles.Vouching;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/** Staff look over marketplace chefs and record what they checked; only verified chefs are listed. */
@RestController
@RequestMapping("/api/admin/chefs")
@Access(Level.STAFF)
@Tag(name = "Admin chefs", description = "Staff verify marketplace chefs")
class ChefAdministrationController {

    private final ChefProfiles profiles;
    private final Clock clock;

    private final ReviewSummaries reviews;

    ChefAdministrationController(ChefProfiles profiles, ReviewSummaries reviews, Clock clock) {
        this.profiles = profiles;
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Marketplace chefs, newest first")
    Map<String, Object> list(@RequestParam(defaultValue = "50") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 200 || offset < 0) {
            throw Refusal.invalid("limit", "Give a limit from 1 to 200 and an offset of 0 or more");
        }
        LocalDate today = LocalDate.now(clock);
        var page = profiles.page(limit, offset);
        var summaries = reviews.of(page.stream().map(profile -> profile.chef().userId()).toList());
        List<Map<String, Object>> chefs = page.stream()
                .map(profile -> ChefPayloads.profile(profile, today, true, summaries.get(profile.chef().userId())))
                .toList();
        return Map.of("chefs", chefs, "total", profiles.count(), "limit", limit, "offset", offset);
    }

    @PatchMapping({"/{id}", "/{id}/"})
    @Operation(summary = "Record what staff checked: is_verified, background_checked, insured, insurance_expiry, food_handlers_cert")
    Map<String, Object> vouch(@PathVariable long id, @RequestBody VouchForm form) {
        var profile = profiles.vouch(id, new Vouching(form.isVerified(), form.backgroundChecked(), form.insured(),
                form.insuranceExpiry(), form.foodHandlersCert()));
        return ChefPayloads.profile(profile, LocalDate.now(clock), true,
                reviews.of(List.of(profile.chef().userId())).get(profile.chef().userId()));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record VouchForm(@Nullable Boolean isVerified, @Nullable Boolean backgroundChecked, @Nullable Boolean insured,
            @Nullable LocalDate insuranceExpiry, @Nullable Boolean foodHandlersCert) {
    }
}
