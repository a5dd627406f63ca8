package com.chefweb.chefs.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.profile.DirectoryRepository.CustomerArea;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * The public chef directory (only verified, live chefs), public profiles, and whether a chef serves a customer's
 * area. Nobody but the chef sees a profile that is not listed.
 */
@Service
public class Directory {

    private final DirectoryRepository directory;
    private final ChefRepository chefs;
    private final GalleryRepository gallery;
    private final Clock clock;

    Directory(DirectoryRepository directory, ChefRepository chefs, GalleryRepository gallery, Clock clock) {
        this.directory = directory;
        this.chefs = chefs;
        this.gallery = gallery;
        this.clock = clock;
    }

    /** @throws Refusal.Invalid for a malformed country or postal code */
    @Transactional(readOnly = true)
    public DirectoryPage search(DirectoryQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        Condition filter = DSL.trueCondition();
        String country = query.country() == null || query.country().isBlank() ? null
                : ChefProfiles.country("country", query.country(), problems);
        if (country != null && problems.isEmpty()) {
            filter = filter.and(DirectoryRepository.inCountry(country));
        }
        if (query.postalCode() != null && !query.postalCode().isBlank()) {
            String code = ServingAreas.normalize(country == null ? "US" : country, query.postalCode());
            if (!code.matches("[A-Z0-9][A-Z0-9 -]{1,9}")) {
                problems.add(new FieldProblem("serves_postal", "Give a postal code such as 94103"));
            }
            filter = filter.and(country == null ? DirectoryRepository.servesAnyIn(code)
                    : DirectoryRepository.serves(country, code));
        }
        if (query.search() != null && !query.search().isBlank()) {
            if (query.search().length() > 100 || query.search().chars().anyMatch(Character::isISOControl)) {
                problems.add(new FieldProblem("q", "Search with up to 100 characters"));
            } else {
                filter = filter.and(DirectoryRepository.matches(query.search()));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        int count = directory.countListed(filter);
        List<Chef> found = directory.listed(filter, query.ordering(), query.pageSize(),
                (query.page() - 1) * query.pageSize());
        return new DirectoryPage(withLists(found), count, query.page(), query.pageSize());
    }

    /**
     * A listed chef's profile; the chef also sees their own when it is not listed (a preview).
     *
     * @param viewer the signed-in caller, or null
     */
    @Transactional(readOnly = true)
    public Optional<ChefProfile> profile(long chefId, @Nullable UUID viewer) {
        return chefs.find(chefId).filter(chef -> chef.listed() || chef.userId().equals(viewer))
                .map(chef -> withLists(List.of(chef)).getFirst());
    }

    @Transactional(readOnly = true)
    public Optional<ChefProfile> profileByUsername(String username, @Nullable UUID viewer) {
        return chefs.findByUsername(username).filter(chef -> chef.listed() || chef.userId().equals(viewer))
                .map(chef -> withLists(List.of(chef)).getFirst());
    }

    /**
     * Whether this listed chef serves the caller's saved address.
     *
     * @throws Refusal.Rejected when the caller saved no address with a postal code and country
     */
    @Transactional(readOnly = true)
    public AreaCheck servesMyArea(long chefId, UUID viewer) {
        Chef chef = chefs.find(chefId).filter(found -> found.listed() || found.userId().equals(viewer))
                .orElseThrow(() -> Refusal.notFound("Chef not found"));
        CustomerArea area = directory.customerArea(viewer)
                .filter(found -> found.postalCode() != null && found.country() != null)
                .orElseThrow(() -> Refusal.rejected("Save your address with its postal code and country first")
                        .with("code", "ADDRESS_MISSING"));
        String code = ServingAreas.normalize(area.country(), area.postalCode());
        return new AreaCheck(chef.id(), directory.chefServes(chef.id(), area.country(), code), code, area.country());
    }

    /** Whether any listed chef serves the caller's area: the app sends customers without one to "get ready". */
    @Transactional(readOnly = true)
    public Availability availability(UUID viewer) {
        CustomerArea area = directory.customerArea(viewer).orElse(null);
        if (area == null || area.postalCode() == null || area.country() == null) {
            return new Availability(false, area == null ? null : area.postalCode(),
                    area == null ? null : area.country(), "no_address");
        }
        String code = ServingAreas.normalize(area.country(), area.postalCode());
        boolean served = directory.anyListedChefServes(area.country(), code);
        return new Availability(served, code, area.country(), served ? "served" : "no_chef_in_area");
    }

    @Transactional
    public void customerAddressSaved(UUID userId, @Nullable String postalCode, @Nullable String country,
            java.time.Instant savedAt) {
        directory.saveCustomerArea(userId, postalCode, country, savedAt);
    }

    private List<ChefProfile> withLists(List<Chef> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Chef::id).toList();
        Map<Long, List<Photo>> photos = gallery.photos(ids);
        Map<Long, List<ServedPostalCode>> codes = gallery.postalCodes(ids);
        return found.stream().map(chef -> new ChefProfile(chef, photos.getOrDefault(chef.id(), List.of()),
                codes.getOrDefault(chef.id(), List.of()))).toList();
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** One page of the directory. */
    public record DirectoryPage(List<ChefProfile> chefs, int count, int page, int pageSize) {

        public int totalPages() {
            return count == 0 ? 0 : (count + pageSize - 1) / pageSize;
        }
    }

    /** Whether a chef serves the caller's postal code. */
    public record AreaCheck(long chefId, boolean serves, String postalCode, String country) {
    }

    /** @param reason served, no_chef_in_area or no_address */
    public record Availability(boolean hasChef, @Nullable String postalCode, @Nullable String country,
            String reason) {
    }
}
