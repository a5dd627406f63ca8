package com.chefweb.chefs.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.chefweb.chefs.reviews.ReviewSummaries;

import com.chefweb.chefs.profile.Chef;
import com.chefweb.chefs.profile.ChefProfile;
import com.chefweb.chefs.profile.Photo;
import com.chefweb.chefs.profile.ServedPostalCode;

/**
 * A chef as the marketplace app reads it (directive §3.2 plus the nested fields the app uses), snake_case. Public
 * payloads carry no account id: the app would otherwise ask for every listed chef's account details.
 */
final class ChefPayloads {

    private ChefPayloads() {
    }

    /** The public profile; {@code owner} adds what only the chef sees of their own. */
    static Map<String, Object> profile(ChefProfile profile, LocalDate today, boolean owner,
            ReviewSummaries.@org.jspecify.annotations.Nullable Summary reviews) {
        Chef chef = profile.chef();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", chef.id());
        body.put("username", chef.username());
        body.put("display_name", chef.displayName() != null ? chef.displayName() : chef.username());
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", chef.username());
        user.put("is_active", true);
        if (chef.displayName() != null) {
            user.put("first_name", chef.displayName());
        }
        body.put("user", user);
        body.put("bio", chef.bio());
        body.put("experience", chef.experience());
        body.put("city", chef.city());
        body.put("country", chef.country());
        body.put("time_zone", chef.timeZone());
        body.put("profile_pic_url", chef.profilePicUrl());
        body.put("banner_url", chef.bannerUrl());
        body.put("serving_postalcodes", profile.servingPostalCodes().stream().map(ChefPayloads::postalCode).toList());
        // reviews come only from customers' reviews of completed orders: none is no summary (the app then shows no
        // stars), never an invented rating. The app prints review_summary as text, such as "4.9 (27 reviews)".
        body.put("review_summary", ReviewSummaries.Summary.textOf(reviews));
        body.put("review_count", reviews == null ? 0 : reviews.count());
        body.put("average_rating", reviews == null ? null : reviews.average());
        body.put("photos", profile.photos().stream().map(ChefPayloads::photo).toList());
        body.put("photos_count", profile.photos().size());
        body.put("is_verified", chef.verified());
        body.put("background_checked", chef.backgroundChecked());
        body.put("insured", chef.insured());
        body.put("insurance_expiry", chef.insuranceExpiry());
        body.put("insurance_status", chef.insuranceStatus(today));
        body.put("food_handlers_cert", chef.foodHandlersCert());
        body.put("is_on_break", chef.onBreak());
        body.put("is_live", chef.live());
        body.put("calendly_url", chef.calendlyUrl());
        body.put("default_currency", chef.defaultCurrency());
        // home-kitchen (MEHKO) permits are not part of this marketplace
        body.put("mehko_active", false);
        // the directory card shows the emoji when there is one; chefs do not choose one here
        body.put("sous_chef_emoji", null);
        body.put("created_at", chef.createdAt());
        if (owner) {
            body.put("break_reason", chef.breakReason());
            body.put("is_preview", !chef.listed());
            user.put("is_email_verified", true);
        }
        return body;
    }

    static Map<String, Object> photo(Photo photo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", photo.id());
        body.put("image_url", photo.imageUrl());
        body.put("title", photo.title());
        body.put("caption", photo.caption());
        body.put("is_featured", photo.featured());
        body.put("sort_order", photo.sortOrder());
        body.put("created_at", photo.createdAt());
        return body;
    }

    static Map<String, Object> postalCode(ServedPostalCode code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("postal_code", code.postalCode());
        String city = code.placeName() == null ? null : code.placeName().replaceFirst(", [A-Z]{2}$", "");
        body.put("city", city);
        body.put("country", Map.of("code", code.country(),
                "name", Locale.of("", code.country()).getDisplayCountry(Locale.ENGLISH)));
        body.put("place_name", code.placeName());
        return body;
    }

    static List<Map<String, Object>> postalCodes(List<ServedPostalCode> codes) {
        return codes.stream().map(ChefPayloads::postalCode).toList();
    }
}
