package com.chefweb.chefs.profile;

import com.chefweb.shared.refusal.FreeText;
import static com.chefweb.chefs.jooq.Tables.CHEF;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.events.ChefImagesReleased;
import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * A chef's own profile: what it says, its pictures, a break, going live; and what staff vouch for. Every change is
 * published as {@code ChefProfileChanged} in its own transaction.
 */
@Service
public class ChefProfiles {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ChefProfiles.class);

    /** Currencies the marketplace takes (lowercase, as the app sends them). */
    public static final Set<String> CURRENCIES = Set.of("usd", "eur", "gbp", "jpy", "cad", "aud", "chf", "hkd", "sgd",
            "nzd", "mxn");

    private final ChefRepository chefs;
    private final GalleryRepository gallery;
    private final ChefNews news;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChefProfiles(ChefRepository chefs, GalleryRepository gallery, ChefNews news, ApplicationEventPublisher events,
            Clock clock) {
        this.chefs = chefs;
        this.gallery = gallery;
        this.news = news;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the chef's empty profile; a chef who has one keeps it unchanged. */
    @Transactional
    public void open(long chefId, UUID userId, String username) {
        if (chefs.insertIfAbsent(chefId, userId, username, clock.instant())) {
            news.changed(chefId);
        }
    }

    /**
     * The signed-in chef's profile. Right after the account first enters its chef role the profile is a moment
     * away: it is waited for briefly.
     *
     * @throws Refusal.NotFound when the account has no chef profile
     */
    // no transaction: waiting for a copy must not hold a database connection
    public ChefProfile mine(UUID userId) {
        Chef chef = Arrivals.await(() -> chefs.findByUser(userId))
                .orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
        return withLists(chef);
    }

    /** The chef's id for a signed-in chef, waited for like {@link #mine}. */
    // no transaction: waiting for a copy must not hold a database connection
    public long chefIdOf(UUID userId) {
        return Arrivals.await(() -> chefs.findByUser(userId)).map(Chef::id)
                .orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
    }

    /**
     * Lets go of pictures a form stored before the rest of it was refused: media deletes them, and they can never be
     * attached afterwards.
     */
    @Transactional
    public void discard(UUID userId, List<Image> unused) {
        List<UUID> ids = unused.stream().map(Image::uploadId).toList();
        if (ids.isEmpty()) {
            return;
        }
        chefs.findByUser(userId).ifPresent(chef -> {
            chefs.forgetVerifiedUploads(ids);
            events.publishEvent(new ChefImagesReleased(chef.id(), ids, clock.instant()));
        });
    }

    /** The chef's id if the profile exists already, without waiting: for public pages. */
    public Optional<Long> knownChefIdOf(UUID userId) {
        return chefs.findByUser(userId).map(Chef::id);
    }

    @Transactional(readOnly = true)
    public Optional<ChefProfile> find(long chefId) {
        return chefs.find(chefId).map(this::withLists);
    }

    @Transactional(readOnly = true)
    public Optional<ChefProfile> findByUsername(String username) {
        return chefs.findByUsername(username).map(this::withLists);
    }

    /**
     * Changes what is sent and nothing else; an empty text clears an optional field.
     *
     * @throws Refusal.Invalid field by field; nothing changes then
     */
    @Transactional
    public ChefProfile update(UUID userId, ProfileChange change) {
        Chef chef = chefs.lockByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
        List<FieldProblem> problems = new ArrayList<>();
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        if (change.displayName() != null) {
            set.put(CHEF.DISPLAY_NAME, FreeText.check("display_name", change.displayName(), 80, false, problems));
        }
        if (change.bio() != null) {
            String bio = FreeText.check("bio", change.bio(), 4000, true, problems);
            set.put(CHEF.BIO, bio == null ? "" : bio);
        }
        if (change.experience() != null) {
            String experience = FreeText.check("experience", change.experience(), 4000, true, problems);
            set.put(CHEF.EXPERIENCE, experience == null ? "" : experience);
        }
        if (change.city() != null) {
            set.put(CHEF.CITY, FreeText.check("city", change.city(), 100, false, problems));
        }
        if (change.country() != null) {
            set.put(CHEF.COUNTRY, country("country", change.country(), problems));
        }
        if (change.timeZone() != null) {
            set.put(CHEF.TIME_ZONE, timeZone(change.timeZone(), problems));
        }
        if (change.calendlyUrl() != null) {
            String url = FreeText.check("calendly_url", change.calendlyUrl(), 300, false, problems);
            if (url != null && !url.startsWith("https://calendly.com/")) {
                problems.add(new FieldProblem("calendly_url", "A Calendly link starts with https://calendly.com/"));
            }
            set.put(CHEF.CALENDLY_URL, url);
        }
        if (change.defaultCurrency() != null) {
            String currency = change.defaultCurrency().strip().toLowerCase(Locale.ROOT);
            if (!CURRENCIES.contains(currency)) {
                problems.add(new FieldProblem("default_currency", "Choose one of " + String.join(", ",
                        CURRENCIES.stream().sorted().toList())));
            }
            set.put(CHEF.DEFAULT_CURRENCY, currency);
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        List<UUID> released = new ArrayList<>();
        if (change.profilePic() != null) {
            set.put(CHEF.PROFILE_PIC_UPLOAD, change.profilePic().uploadId());
            set.put(CHEF.PROFILE_PIC_URL, change.profilePic().url());
            if (chef.profilePicUpload() != null && !chef.profilePicUpload().equals(change.profilePic().uploadId())) {
                released.add(chef.profilePicUpload());
            }
        }
        if (change.banner() != null) {
            set.put(CHEF.BANNER_UPLOAD, change.banner().uploadId());
            set.put(CHEF.BANNER_URL, change.banner().url());
            if (chef.bannerUpload() != null && !chef.bannerUpload().equals(change.banner().uploadId())) {
                released.add(chef.bannerUpload());
            }
        }
        if (!set.isEmpty()) {
            chefs.update(chef.id(), set, clock.instant());
            if (!released.isEmpty()) {
                chefs.forgetVerifiedUploads(released);
                events.publishEvent(new ChefImagesReleased(chef.id(), released, clock.instant()));
            }
            news.changed(chef.id());
        }
        return withLists(chefs.find(chef.id()).orElseThrow());
    }

    /**
     * The checked upload behind a key the chef sent: media checked it for this purpose and this chef uploaded it.
     *
     * @throws Refusal.Invalid otherwise
     */
    // no transaction: waiting for a copy must not hold a database connection
    public Image uploadedImage(String field, @Nullable String key, String purpose, String ownerId) {
        String clean = key == null ? "" : key.strip();
        ChefRepository.VerifiedUpload upload = clean.isEmpty() ? null
                : Arrivals.await(() -> chefs.verifiedUpload(clean)).orElse(null);
        if (upload == null || !upload.purpose().equals(purpose) || !upload.ownerId().equals(ownerId)) {
            throw Refusal.invalid(field, "Upload the picture first (purpose " + purpose + ") and send its key once it"
                    + " is checked");
        }
        return new Image(upload.uploadId(), upload.url());
    }

    /** Going on a break hides nothing but tells customers; coming back clears the reason. */
    @Transactional
    public ChefProfile takeBreak(UUID userId, boolean onBreak, @Nullable String reason) {
        Chef chef = chefs.lockByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
        List<FieldProblem> problems = new ArrayList<>();
        String why = onBreak ? FreeText.check("reason", reason, 500, false, problems) : null;
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (chef.onBreak() != onBreak || !java.util.Objects.equals(chef.breakReason(), why)) {
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            set.put(CHEF.IS_ON_BREAK, onBreak);
            set.put(CHEF.BREAK_REASON, why);
            chefs.update(chef.id(), set, clock.instant());
            news.changed(chef.id());
        }
        return withLists(chefs.find(chef.id()).orElseThrow());
    }

    /**
     * Opens the profile to customers, or closes it. Opening needs a payout account that can take payments.
     *
     * @throws Refusal.Rejected with {@code error} {@code stripe_not_connected} or {@code stripe_not_active}
     */
    @Transactional
    public ChefProfile goLive(UUID userId, UUID payoutId, boolean live) {
        Chef chef = chefs.lockByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
        if (live && !chef.live()) {
            PaymentAccount account = chefs.paymentAccount(payoutId).orElse(null);
            if (account == null) {
                String message = "Connect your Stripe account before going live, so customers can pay you.";
                throw Refusal.rejected(message).with("error", "stripe_not_connected").with("message", message);
            }
            if (!account.active()) {
                String message = "Finish your Stripe setup before going live: Stripe cannot pay you out yet"
                        + (account.currentlyDue().isEmpty() ? "." : " (it still needs "
                                + String.join(", ", account.currentlyDue()) + ").");
                throw Refusal.rejected(message).with("error", "stripe_not_active").with("message", message)
                        .with("missing", account.currentlyDue());
            }
        }
        if (chef.live() != live) {
            chefs.update(chef.id(), Map.of(CHEF.IS_LIVE, live), clock.instant());
            news.changed(chef.id());
        }
        return withLists(chefs.find(chef.id()).orElseThrow());
    }

    /** Closes the chef's profile to customers because identity withdrew the chef's role or account. */
    @Transactional
    public void takeOffline(UUID userId, String reason) {
        chefs.lockByUser(userId).filter(Chef::live).ifPresent(chef -> {
            chefs.update(chef.id(), Map.of(CHEF.IS_LIVE, false), clock.instant());
            news.changed(chef.id());
            log.info("Chef {} taken offline: {}", chef.id(), reason);
        });
    }

    /**
     * What payment last reported about this chef's payout account, if anything.
     *
     * @param payoutId the account's chef link, which payment reports by (a marketplace chef's own account id)
     */
    @Transactional(readOnly = true)
    public Optional<PaymentAccount> paymentAccount(UUID payoutId) {
        return chefs.paymentAccount(payoutId);
    }

    @Transactional
    public void paymentAccountReported(UUID payoutId, boolean active, @Nullable String disabledReason,
            List<String> currentlyDue, Instant reportedAt) {
        if (!chefs.savePaymentAccount(payoutId, active, disabledReason, currentlyDue, reportedAt)) {
            return;
        }
        // a chef whose account stopped taking payments can no longer be booked
        chefs.lockByUser(payoutId).filter(chef -> chef.live() && !active).ifPresent(chef -> {
            chefs.update(chef.id(), Map.of(CHEF.IS_LIVE, false), clock.instant());
            news.changed(chef.id());
        });
    }

    @Transactional
    public void uploadVerified(UUID uploadId, String purpose, String ownerId, String key, String url,
            String contentType, Instant at) {
        chefs.saveVerifiedUpload(uploadId, purpose, ownerId, key, url, contentType, at);
    }

    /**
     * Staff record what they checked about a chef; only verified chefs are listed.
     *
     * @throws Refusal.NotFound for an unknown chef
     */
    @Transactional
    public ChefProfile vouch(long chefId, Vouching vouching) {
        Chef before = chefs.lock(chefId).orElseThrow(() -> Refusal.notFound("Chef not found"));
        Map<Field<?>, Object> set = new LinkedHashMap<>();
        if (vouching.verified() != null) {
            set.put(CHEF.IS_VERIFIED, vouching.verified());
        }
        if (vouching.backgroundChecked() != null) {
            set.put(CHEF.BACKGROUND_CHECKED, vouching.backgroundChecked());
        }
        if (vouching.insured() != null) {
            set.put(CHEF.INSURED, vouching.insured());
        }
        if (vouching.insuranceExpiry() != null) {
            set.put(CHEF.INSURANCE_EXPIRY, vouching.insuranceExpiry());
        }
        if (vouching.foodHandlersCert() != null) {
            set.put(CHEF.FOOD_HANDLERS_CERT, vouching.foodHandlersCert());
        }
        if (!set.isEmpty()) {
            chefs.update(chefId, set, clock.instant());
            Chef after = chefs.find(chefId).orElseThrow();
            AuditableChangeMade.byCurrentStaff("chef.vouched", "chef", Long.toString(chefId),
                    "Changed what staff checked about chef " + before.username(), vouched(before), vouched(after),
                    clock.instant()).ifPresent(events::publishEvent);
            news.changed(chefId);
        }
        return withLists(chefs.find(chefId).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<ChefProfile> page(int limit, int offset) {
        return chefs.page(limit, offset).stream().map(this::withLists).toList();
    }

    @Transactional(readOnly = true)
    public int count() {
        return chefs.count();
    }

    private static Map<String, Object> vouched(Chef chef) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("is_verified", chef.verified());
        state.put("background_checked", chef.backgroundChecked());
        state.put("insured", chef.insured());
        state.put("insurance_expiry", chef.insuranceExpiry() == null ? "" : chef.insuranceExpiry().toString());
        state.put("food_handlers_cert", chef.foodHandlersCert());
        return state;
    }

    ChefProfile withLists(Chef chef) {
        return new ChefProfile(chef, gallery.photos(chef.id()), gallery.postalCodes(chef.id()));
    }

    static @Nullable String country(String field, String value, List<FieldProblem> problems) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return null;
        }
        if (!Set.of(Locale.getISOCountries()).contains(code)) {
            problems.add(new FieldProblem(field, "Give the country as a two-letter code, such as US"));
        }
        return code;
    }

    private static String timeZone(String value, List<FieldProblem> problems) {
        String zone = value.strip();
        try {
            ZoneId.of(zone);
            if (!zone.contains("/")) {
                throw new DateTimeException("not a region");
            }
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("time_zone", "Choose a time zone such as America/Los_Angeles"));
        }
        return zone;
    }

    /**
     * What a chef changes in their profile; null means "not sent".
     *
     * @param profilePic a checked upload to show, or null to keep the current one
     */
    public record ProfileChange(@Nullable String displayName, @Nullable String bio, @Nullable String experience,
            @Nullable String city, @Nullable String country, @Nullable String timeZone, @Nullable String calendlyUrl,
            @Nullable String defaultCurrency, @Nullable Image profilePic, @Nullable Image banner) {
    }

    /** What payment last said about a chef's payout account. */
    public record PaymentAccount(boolean active, @Nullable String disabledReason, List<String> currentlyDue) {
    }

    /** A checked upload and where browsers fetch it. */
    public record Image(UUID uploadId, String url) {
    }

    /** What staff checked; null means unchanged. */
    public record Vouching(@Nullable Boolean verified, @Nullable Boolean backgroundChecked, @Nullable Boolean insured,
            @Nullable LocalDate insuranceExpiry, @Nullable Boolean foodHandlersCert) {
    }
}
