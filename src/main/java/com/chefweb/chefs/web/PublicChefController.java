package com.chefweb.chefs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.chefweb.chefs.reviews.ReviewSummaries;
import com.chefweb.chefs.profile.ChefProfile;
import com.chefweb.chefs.profile.Directory;
import com.chefweb.chefs.profile.Directory.AreaCheck;
import com.chefweb.chefs.profile.Directory.Availability;
import com.chefweb.chefs.profile.Directory.DirectoryPage;
import com.chefweb.chefs.profile.DirectoryQuery;
import com.chefweb.chefs.profile.DirectoryQuery.Ordering;
import com.chefweb.chefs.profile.Photo;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * The public chef directory and profiles, as the marketplace app reads them. Only verified, live chefs are shown;
 * a chef also sees their own profile before it is listed ({@code is_preview}). Never a 401 for anonymous callers.
 */
@RestController
@RequestMapping("/chefs/api")
@Tag(name = "Chef directory", description = "Public chef directory, profiles, galleries and areas served")
class PublicChefController {

    private final Directory directory;
    private final Clock clock;

    private final ReviewSummaries reviews;

    PublicChefController(Directory directory, ReviewSummaries reviews, Clock clock) {
        this.directory = directory;
        this.reviews = reviews;
        this.clock = clock;
    }

    @GetMapping({"/public", "/public/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "Listed chefs: filter by served postal code, country, words; order recent/popular/username; paged")
    Map<String, Object> list(@RequestParam(name = "serves_postal", required = false) @Nullable String servesPostal,
            @RequestParam(name = "postal_code", required = false) @Nullable String postalCode,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String search,
            @RequestParam(required = false) @Nullable String ordering,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
            @RequestParam(name = "mehko_only", required = false) @Nullable String mehkoOnly) {
        Ordering order = Ordering.of(ordering).orElseThrow(() -> Refusal.invalid("ordering",
                "Order by recent, popular or username"));
        int pageNumber = whole("page", page, 1, 1, 10_000);
        int size = whole("page_size", pageSize, DirectoryQuery.DEFAULT_PAGE_SIZE, 1, DirectoryQuery.MOST_PER_PAGE);
        String served = servesPostal != null ? servesPostal : postalCode;
        String words = q != null ? q : search;
        DirectoryPage found = "1".equals(mehkoOnly) || "true".equalsIgnoreCase(mehkoOnly)
                // no chef here holds a home-kitchen (MEHKO) permit
                ? new DirectoryPage(List.of(), 0, pageNumber, size)
                : directory.search(new DirectoryQuery(served, country, words, order, pageNumber, size));
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", found.count());
        body.put("next", pageNumber < found.totalPages() ? link(served, country, words, ordering, pageNumber + 1, size)
                : null);
        body.put("previous", pageNumber > 1 ? link(served, country, words, ordering, pageNumber - 1, size) : null);
        body.put("page", pageNumber);
        body.put("page_size", size);
        body.put("total_pages", found.totalPages());
        var summaries = reviews.of(found.chefs().stream().map(chef -> chef.chef().userId()).toList());
        body.put("results", found.chefs().stream().map(chef -> ChefPayloads.profile(chef, today, false,
                summaries.get(chef.chef().userId()))).toList());
        return body;
    }

    @GetMapping({"/public/{id:\\d+}", "/public/{id:\\d+}/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A listed chef's public profile by id")
    Map<String, Object> byId(@PathVariable String id) {
        return payload(directory.profile(chefId(id), ChefUser.viewer().orElse(null))
                .orElseThrow(ChefNotFound::refusal));
    }

    @GetMapping({"/public/by-username/{username}", "/public/by-username/{username}/",
            "/public/{username:.*\\D.*}", "/public/{username:.*\\D.*}/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A listed chef's public profile by username (any case)")
    Map<String, Object> byUsername(@PathVariable String username) {
        return payload(directory.profileByUsername(username, ChefUser.viewer().orElse(null))
                .orElseThrow(ChefNotFound::refusal));
    }

    @GetMapping({"/lookup/by-username/{username}", "/lookup/by-username/{username}/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "The ids of a listed chef by username")
    Map<String, Object> lookup(@PathVariable String username) {
        ChefProfile profile = directory.profileByUsername(username, ChefUser.viewer().orElse(null))
                .orElseThrow(ChefNotFound::refusal);
        // a chef's id is the account's marketplace id: one number for both
        return Map.of("id", profile.chef().id(), "chef_id", profile.chef().id());
    }

    @GetMapping({"/{username}/photos", "/{username}/photos/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "A listed chef's gallery")
    Map<String, Object> photos(@PathVariable String username) {
        ChefProfile profile = directory.profileByUsername(username, ChefUser.viewer().orElse(null))
                .orElseThrow(ChefNotFound::refusal);
        List<Map<String, Object>> photos = profile.photos().stream().map(ChefPayloads::photo).toList();
        return Map.of("count", photos.size(), "results", photos);
    }

    @GetMapping({"/{username}/gallery/stats", "/{username}/gallery/stats/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "Counts of a listed chef's gallery")
    Map<String, Object> galleryStats(@PathVariable String username) {
        ChefProfile profile = directory.profileByUsername(username, ChefUser.viewer().orElse(null))
                .orElseThrow(ChefNotFound::refusal);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_photos", profile.photos().size());
        body.put("featured_count", profile.photos().stream().filter(Photo::featured).count());
        body.put("tags", List.of());
        body.put("latest_upload", profile.photos().stream().map(Photo::createdAt).max(java.time.Instant::compareTo)
                .orElse(null));
        return body;
    }

    @GetMapping({"/public/{id:\\d+}/serves-my-area", "/public/{id:\\d+}/serves-my-area/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Whether this chef serves the caller's saved address (400 without one)")
    Map<String, Object> servesMyArea(@PathVariable String id) {
        AreaCheck check = directory.servesMyArea(chefId(id), ChefUser.id());
        return Map.of("serves", check.serves(), "chef_id", check.chefId(), "user_postal_code", check.postalCode(),
                "user_country", check.country());
    }

    @GetMapping({"/availability", "/availability/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Whether any listed chef serves the caller's area (has_chef)")
    ResponseEntity<Map<String, Object>> availability() {
        Availability availability = directory.availability(ChefUser.id());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("has_chef", availability.hasChef());
        body.put("postal_code", availability.postalCode());
        body.put("country", availability.country());
        body.put("reason", availability.reason());
        // the area-wide waitlist of the app's "get ready" page is not offered here
        body.put("on_waitlist", false);
        body.put("waitlist_position", null);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private Map<String, Object> payload(ChefProfile profile) {
        boolean owner = ChefUser.viewer().map(profile.chef().userId()::equals).orElse(false);
        return ChefPayloads.profile(profile, LocalDate.now(clock), owner,
                reviews.of(java.util.List.of(profile.chef().userId())).get(profile.chef().userId()));
    }

    static long chefId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ChefNotFound.refusal();
        }
    }

    private static int whole(String field, @Nullable String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(List.of(new FieldProblem(field, "Give a whole number from " + min + " to " + max)));
    }

    private static String link(@Nullable String served, @Nullable String country, @Nullable String words,
            @Nullable String ordering, int page, int size) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/chefs/api/public/");
        if (served != null) {
            link.queryParam("serves_postal", served);
        }
        if (country != null) {
            link.queryParam("country", country);
        }
        if (words != null) {
            link.queryParam("q", words);
        }
        if (ordering != null) {
            link.queryParam("ordering", ordering);
        }
        return link.queryParam("page", page).queryParam("page_size", size).encode().build().toUriString();
    }

    /** The app shows "Chef not found" from {@code detail}. */
    static final class ChefNotFound {

        private ChefNotFound() {
        }

        static Refusal refusal() {
            return Refusal.notFound("Chef not found");
        }
    }
}
