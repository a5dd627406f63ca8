package com.chefweb.chefs.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.geo.UsPostalCodes;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * The postal codes a chef serves. US codes must be real ones (the reference list of US postal codes); elsewhere
 * a code has the shape postal codes have. Whether a chef serves an address is a match of country and code.
 */
@Service
public class ServingAreas {

    static final int MOST_CODES = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,9}");

    private final ChefRepository chefs;
    private final GalleryRepository gallery;
    private final ChefNews news;
    private volatile @Nullable UsPostalCodes usCodes;

    ServingAreas(ChefRepository chefs, GalleryRepository gallery, ChefNews news) {
        this.chefs = chefs;
        this.gallery = gallery;
        this.news = news;
    }

    /** @throws Refusal.Invalid for codes that do not exist or are malformed; nothing changes then */
    @Transactional
    public List<ServedPostalCode> add(UUID userId, @Nullable String country, List<String> postalCodes) {
        Chef chef = lockedChef(userId);
        List<ServedPostalCode> codes = checked(country, postalCodes);
        if (gallery.postalCodeCount(chef.id()) + codes.size() > MOST_CODES) {
            throw Refusal.invalid("postal_codes", "A chef serves up to " + MOST_CODES + " postal codes");
        }
        if (gallery.addPostalCodes(chef.id(), codes) > 0) {
            news.changed(chef.id());
        }
        return gallery.postalCodes(chef.id());
    }

    @Transactional
    public List<ServedPostalCode> remove(UUID userId, @Nullable String country, List<String> postalCodes) {
        Chef chef = lockedChef(userId);
        if (gallery.removePostalCodes(chef.id(), normalized(country, postalCodes, new ArrayList<>())) > 0) {
            news.changed(chef.id());
        }
        return gallery.postalCodes(chef.id());
    }

    /** Serves exactly these codes from now on. */
    @Transactional
    public List<ServedPostalCode> replace(UUID userId, @Nullable String country, List<String> postalCodes) {
        Chef chef = lockedChef(userId);
        List<ServedPostalCode> codes = checked(country, postalCodes);
        if (codes.size() > MOST_CODES) {
            throw Refusal.invalid("postal_codes", "A chef serves up to " + MOST_CODES + " postal codes");
        }
        gallery.removeAllPostalCodes(chef.id());
        gallery.addPostalCodes(chef.id(), codes);
        news.changed(chef.id());
        return gallery.postalCodes(chef.id());
    }

    @Transactional(readOnly = true)
    public List<ServedPostalCode> of(UUID userId) {
        return gallery.postalCodes(lockedChefReadOnly(userId).id());
    }

    /** A postal code as stored: upper case, single spaces; US codes are their five digits. */
    public static String normalize(String country, String postalCode) {
        String code = postalCode.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (country.equals("US") && code.matches("\\d{5}-\\d{4}")) {
            return code.substring(0, 5);
        }
        return code;
    }

    private List<ServedPostalCode> checked(@Nullable String country, List<String> postalCodes) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ServedPostalCode> codes = normalized(country, postalCodes, problems);
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("postal_codes", "Give at least one postal code"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        return codes;
    }

    private List<ServedPostalCode> normalized(@Nullable String country, List<String> postalCodes,
            List<FieldProblem> problems) {
        String code = ChefProfiles.country("country", country == null || country.isBlank() ? "US" : country,
                problems);
        if (code == null || !problems.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<ServedPostalCode> result = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String given : postalCodes) {
            if (given == null || given.isBlank()) {
                continue;
            }
            String postal = normalize(code, given);
            if (!CODE.matcher(postal).matches()) {
                unknown.add(given.strip());
                continue;
            }
            String place = null;
            if (code.equals("US")) {
                UsPostalCodes.PostalCode found = us().find(postal).orElse(null);
                if (found == null) {
                    unknown.add(given.strip());
                    continue;
                }
                place = found.place() + ", " + found.stateCode();
            }
            result.add(new ServedPostalCode(code, postal, place));
        }
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("postal_codes", "Not postal codes of " + code + ": "
                    + String.join(", ", unknown.stream().limit(10).map(value -> value.length() > 20
                            ? value.substring(0, 20) + "…" : value).toList())));
        }
        return List.copyOf(result);
    }

    private UsPostalCodes us() {
        UsPostalCodes loaded = usCodes;
        if (loaded == null) {
            loaded = UsPostalCodes.load();
            usCodes = loaded;
        }
        return loaded;
    }

    private Chef lockedChef(UUID userId) {
        return chefs.lockByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
    }

    private Chef lockedChefReadOnly(UUID userId) {
        return chefs.findByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
    }
}
