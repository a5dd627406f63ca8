package com.chefweb.chefs.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.chefs.reviews.ReviewSummaries;
import com.chefweb.chefs.profile.ChefProfile;
import com.chefweb.chefs.profile.ChefProfiles;
import com.chefweb.chefs.profile.ChefProfiles.Image;
import com.chefweb.chefs.profile.ChefProfiles.ProfileChange;
import com.chefweb.chefs.profile.Gallery;
import com.chefweb.chefs.profile.Photo;
import com.chefweb.chefs.profile.ServingAreas;
import com.chefweb.media.intake.FileIntake;
import com.chefweb.media.intake.FileIntake.ReceivedFile;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;

/**
 * A chef's own profile, as the marketplace app's dashboard edits it: JSON, or multipart forms carrying pictures
 * (stored and checked by media before the profile refers to them; no transaction is open while they are stored).
 * Pictures uploaded through media's presigned URLs are attached by their key instead.
 */
@RestController
@RequestMapping("/chefs/api/me")
@Access(Level.CHEF)
@Tag(name = "Chef profile", description = "The signed-in chef's own profile, pictures, gallery, areas, break and going live")
class MyChefProfileController {

    private final ChefProfiles profiles;
    private final Gallery gallery;
    private final ServingAreas areas;
    private final FileIntake files;
    private final Clock clock;

    private final ReviewSummaries reviews;
    private final com.chefweb.chefs.dashboard.ChefDashboard dashboard;

    MyChefProfileController(ChefProfiles profiles, Gallery gallery, ServingAreas areas, FileIntake files,
            ReviewSummaries reviews, com.chefweb.chefs.dashboard.ChefDashboard dashboard, Clock clock) {
        this.reviews = reviews;
        this.dashboard = dashboard;
        this.profiles = profiles;
        this.gallery = gallery;
        this.areas = areas;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping({"/chef/profile", "/chef/profile/"})
    @Operation(summary = "The signed-in chef's profile (403 outside the chef role, 404 without a profile)")
    Map<String, Object> profile() {
        return mine(profiles.mine(ChefUser.id()));
    }

    @RequestMapping(path = {"/chef/profile/update", "/chef/profile/update/"},
            method = {RequestMethod.PATCH, RequestMethod.PUT, RequestMethod.POST},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the profile (only the fields sent); pictures by the key of a checked upload")
    Map<String, Object> update(@RequestBody ProfileForm form) {
        Actor actor = ChefUser.actor();
        Image picture = form.profilePicKey() == null ? null
                : profiles.uploadedImage("profile_pic_key", form.profilePicKey(), "chef_profile_photo", actor.id());
        Image banner = form.bannerKey() == null ? null
                : profiles.uploadedImage("banner_key", form.bannerKey(), "chef_banner", actor.id());
        return mine(profiles.update(ChefUser.id(), new ProfileChange(form.displayName(), form.bio(),
                form.experience(), form.city(), form.country(), form.timeZone(), form.calendlyUrl(),
                form.defaultCurrency(), picture, banner)));
    }

    @RequestMapping(path = {"/chef/profile/update", "/chef/profile/update/"},
            method = {RequestMethod.PATCH, RequestMethod.PUT, RequestMethod.POST},
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Change the profile from a multipart form (profile_pic and banner_image files optional)")
    Map<String, Object> updateForm(@RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "profile_pic", required = false) @Nullable MultipartFile profilePic,
            @RequestParam(name = "banner_image", required = false) @Nullable MultipartFile bannerImage) {
        Actor actor = ChefUser.actor();
        UUID userId = ChefUser.id();
        profiles.mine(userId);
        List<Image> stored = new ArrayList<>();
        try {
            Image picture = received("chef_profile_photo", "profile_pic", profilePic, actor);
            if (picture != null) {
                stored.add(picture);
            }
            Image banner = received("chef_banner", "banner_image", bannerImage, actor);
            if (banner != null) {
                stored.add(banner);
            }
            return mine(profiles.update(userId, new ProfileChange(fields.getFirst("display_name"),
                    fields.getFirst("bio"), fields.getFirst("experience"), fields.getFirst("city"),
                    fields.getFirst("country"), fields.getFirst("time_zone"), fields.getFirst("calendly_url"),
                    fields.getFirst("default_currency"), picture, banner)));
        } catch (RuntimeException refused) {
            // a refused form changes nothing: the pictures it already stored are let go of
            profiles.discard(userId, stored);
            throw refused;
        }
    }

    @PostMapping(path = {"/chef/photos", "/chef/photos/"}, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add a gallery photo from a multipart form (image, title, caption, is_featured)")
    ResponseEntity<Map<String, Object>> addPhotoForm(@RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "image", required = false) @Nullable MultipartFile image) {
        UUID userId = ChefUser.id();
        profiles.mine(userId);
        if (image == null || image.isEmpty()) {
            throw Refusal.invalid("image", "Choose a photo (JPG, PNG or WEBP)");
        }
        Image stored = received("chef_gallery_photo", "image", image, ChefUser.actor());
        Photo photo;
        try {
            photo = gallery.add(userId, stored, fields.getFirst("title"), fields.getFirst("caption"),
                    truthy(fields.getFirst("is_featured")));
        } catch (RuntimeException refused) {
            profiles.discard(userId, stored == null ? List.of() : List.of(stored));
            throw refused;
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ChefPayloads.photo(photo));
    }

    @PostMapping(path = {"/chef/photos", "/chef/photos/"}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a gallery photo from a checked upload's key")
    ResponseEntity<Map<String, Object>> addPhoto(@RequestBody PhotoForm form) {
        Image stored = profiles.uploadedImage("image_key", form.imageKey(), "chef_gallery_photo",
                ChefUser.actor().id());
        Photo photo = gallery.add(ChefUser.id(), stored, form.title(), form.caption(),
                Boolean.TRUE.equals(form.isFeatured()));
        return ResponseEntity.status(HttpStatus.CREATED).body(ChefPayloads.photo(photo));
    }

    @PatchMapping({"/chef/photos/{id}", "/chef/photos/{id}/"})
    @Operation(summary = "Change a photo's title, caption, featured flag or position")
    Map<String, Object> updatePhoto(@PathVariable long id, @RequestBody PhotoForm form) {
        return ChefPayloads.photo(gallery.update(ChefUser.id(), id, form.title(), form.caption(), form.isFeatured(),
                form.sortOrder()));
    }

    @DeleteMapping({"/chef/photos/{id}", "/chef/photos/{id}/"})
    @Operation(summary = "Remove a photo (another chef's is not found)")
    ResponseEntity<Void> removePhoto(@PathVariable long id) {
        gallery.remove(ChefUser.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping({"/chef/photos/order", "/chef/photos/order/"})
    @Operation(summary = "Put the gallery in this order ({photo_ids:[...]})")
    List<Map<String, Object>> reorder(@RequestBody OrderForm form) {
        return gallery.reorder(ChefUser.id(), form.photoIds() == null ? List.of() : form.photoIds()).stream()
                .map(ChefPayloads::photo).toList();
    }

    @GetMapping({"/chef/serving-postal-codes", "/chef/serving-postal-codes/"})
    @Operation(summary = "The postal codes the chef serves")
    List<Map<String, Object>> servingPostalCodes() {
        return ChefPayloads.postalCodes(areas.of(ChefUser.id()));
    }

    @PostMapping({"/chef/serving-postal-codes", "/chef/serving-postal-codes/"})
    @Operation(summary = "Serve these postal codes too ({country:'US', postal_codes:['94103']})")
    List<Map<String, Object>> addPostalCodes(@RequestBody AreaForm form) {
        return ChefPayloads.postalCodes(areas.add(ChefUser.id(), form.country(), form.codes()));
    }

    @PutMapping({"/chef/serving-postal-codes", "/chef/serving-postal-codes/"})
    @Operation(summary = "Serve exactly these postal codes")
    List<Map<String, Object>> replacePostalCodes(@RequestBody AreaForm form) {
        return ChefPayloads.postalCodes(areas.replace(ChefUser.id(), form.country(), form.codes()));
    }

    @DeleteMapping({"/chef/serving-postal-codes", "/chef/serving-postal-codes/"})
    @Operation(summary = "Stop serving these postal codes")
    List<Map<String, Object>> removePostalCodes(@RequestBody AreaForm form) {
        return ChefPayloads.postalCodes(areas.remove(ChefUser.id(), form.country(), form.codes()));
    }

    @PostMapping({"/chef/break", "/chef/break/"})
    @Operation(summary = "Go on a break ({is_on_break:true, reason}) or come back")
    Map<String, Object> takeBreak(@RequestBody BreakForm form) {
        if (form.isOnBreak() == null) {
            throw Refusal.invalid("is_on_break", "Say whether you are going on a break (true) or back (false)");
        }
        boolean wasOnBreak = profiles.mine(ChefUser.id()).chef().onBreak();
        int upcoming = dashboard.upcomingMealEvents(ChefUser.id());
        ChefProfile profile = profiles.takeBreak(ChefUser.id(), form.isOnBreak(), form.reason());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("is_on_break", profile.chef().onBreak());
        body.put("break_reason", profile.chef().breakReason());
        // booking cancels the upcoming meal shares a moment after the break is announced, and payment refunds their
        // paid orders in full, each once: the meal shares are counted here, the refunds follow
        body.put("cancelled_events", form.isOnBreak() && !wasOnBreak ? upcoming : 0);
        body.put("refunds_processed", 0);
        body.put("refunds_failed", 0);
        body.put("refunds_pending", form.isOnBreak() && !wasOnBreak && upcoming > 0);
        body.put("errors", List.of());
        return body;
    }

    @PostMapping({"/chef/live", "/chef/live/"})
    @Operation(summary = "Open the profile to customers ({is_live:true}; needs an active Stripe account) or close it")
    Map<String, Object> goLive(@RequestBody LiveForm form) {
        if (form.isLive() == null) {
            throw Refusal.invalid("is_live", "Say whether the profile is open to customers (true) or not (false)");
        }
        ChefProfile profile = profiles.goLive(ChefUser.id(), ChefUser.payoutId(), form.isLive());
        return Map.of("is_live", profile.chef().live(), "is_verified", profile.chef().verified());
    }

    @GetMapping({"/onboarding", "/onboarding/"})
    @Operation(summary = "Where the chef is in getting set up")
    Map<String, Object> onboarding() {
        ChefProfile profile = profiles.mine(ChefUser.id());
        Map<String, Object> steps = new LinkedHashMap<>();
        steps.put("bio", !profile.chef().bio().isBlank());
        steps.put("profile_pic", profile.chef().profilePicUrl() != null);
        steps.put("photos", profile.photos().size() >= 3);
        steps.put("serving_areas", !profile.servingPostalCodes().isEmpty());
        steps.put("payouts", profiles.paymentAccount(ChefUser.payoutId()).map(account -> account.active())
                .orElse(false));
        // there is no guided-setup wizard here: the dashboard's own checklist shows what is left
        Map<String, Object> onboarding = new LinkedHashMap<>();
        onboarding.put("welcomed", true);
        onboarding.put("setup_completed", true);
        onboarding.put("steps", steps);
        return Map.of("onboarding", onboarding);
    }

    @GetMapping({"/verification-meeting", "/verification-meeting/"})
    @Operation(summary = "Verification meetings are not required here: staff verify chefs from the admin console")
    Map<String, Object> verificationMeeting() {
        return Map.of("feature_enabled", false, "required", false);
    }

    private Map<String, Object> mine(ChefProfile profile) {
        return ChefPayloads.profile(profile, LocalDate.now(clock), true,
                reviews.of(java.util.List.of(profile.chef().userId())).get(profile.chef().userId()));
    }

    private @Nullable Image received(String purpose, String field, @Nullable MultipartFile file, Actor actor) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReceivedFile received = files.receive(purpose, field, file.getContentType(), content, actor);
        return new Image(received.uploadId(), received.url());
    }

    private static boolean truthy(@Nullable String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("on"));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ProfileForm(@Nullable String displayName, @Nullable String bio, @Nullable String experience,
            @Nullable String city, @Nullable String country, @Nullable String timeZone, @Nullable String calendlyUrl,
            @Nullable String defaultCurrency, @Nullable String profilePicKey, @Nullable String bannerKey) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record PhotoForm(@JsonAlias("key") @Nullable String imageKey, @Nullable String title, @Nullable String caption,
            @Nullable Boolean isFeatured, @Nullable Integer sortOrder) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrderForm(@Nullable List<Long> photoIds) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AreaForm(@Nullable String country, @Nullable List<String> postalCodes) {

        List<String> codes() {
            return postalCodes == null ? List.of() : postalCodes;
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record BreakForm(@Nullable Boolean isOnBreak, @Nullable String reason) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record LiveForm(@Nullable Boolean isLive) {
    }
}
