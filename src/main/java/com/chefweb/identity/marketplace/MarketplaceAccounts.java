package com.chefweb.identity.marketplace;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.Role;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.events.ChefModeEntered;
import com.chefweb.identity.events.MarketplaceProfileSaved;
import com.chefweb.identity.events.ChefRoleWithdrawn;
import com.chefweb.identity.events.MarketplaceAddressSaved;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * Marketplace accounts: a sign-in (an ordinary account) with a public username, household preferences, an address,
 * and, for chefs, the right to switch between the customer and the chef role. One implementation behind the
 * marketplace app's dialect and the service's own.
 */
@Service
public class MarketplaceAccounts {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,30}");

    private final Accounts accounts;
    private final ProfileRepository profiles;
    private final EmailConfirmations confirmations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketplaceAccounts(Accounts accounts, ProfileRepository profiles, EmailConfirmations confirmations,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.confirmations = confirmations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens an account with its marketplace profile; a chef's starts in the chef role.
     *
     * @throws Refusal.Invalid field by field, the username or email taken included; nothing is stored then
     */
    @Transactional
    public UserAccount register(Registration registration) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = registration.username() == null ? "" : registration.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "Choose a username of 3 to 30 letters, digits, . _ or -"));
        } else if (profiles.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "That username is taken"));
        }
        String timezone = registration.timezone() == null || registration.timezone().isBlank() ? "America/Los_Angeles"
                : registration.timezone().strip();
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timezone", "Choose a time zone such as America/Los_Angeles"));
        }
        int household = registration.householdMemberCount() == null ? 1 : registration.householdMemberCount();
        if (household < 1 || household > 30) {
            problems.add(new FieldProblem("household_member_count", "A household has 1 to 30 members"));
        }
        MarketplaceProfile.Address address = registration.address() == null ? null
                : checkedAddress(registration.address(), problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        UserAccount account;
        try {
            // wanting to be a chef is an application, not an approval: every sign-up is a customer's
            account = accounts.open(registration.email(), username, registration.password(), Role.CUSTOMER, null);
        } catch (Refusal.Conflict taken) {
            throw Refusal.invalid("email", "An account with this email address already exists");
        }
        if (!profiles.insert(account.id(), username, timezone,
                language(registration.preferredLanguage()), measurement(registration.measurementSystem()), household,
                clean(registration.allergies()), clean(registration.dietaryPreferences()))) {
            throw Refusal.invalid("username", "That username is taken");
        }
        if (address != null) {
            storeAddress(account.id(), address);
        }
        announceMember(account.id(), account.email());
        confirmations.request(account.id(), account.email());
        return account;
    }

    /**
     * The marketplace account of a username or an email address with this password, if both are right. Staff and
     * admins sign in where their tokens stay one-time ({@code /api/auth}), never here.
     */
    @Transactional
    public Optional<UserAccount> authenticate(@Nullable String usernameOrEmail, @Nullable String password) {
        String login = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (login.length() > 254 || password != null && password.length() > 1024) {
            return Optional.empty();
        }
        String email = login.contains("@") ? login : profiles.emailOf(login).orElse(login + "@unknown.invalid");
        return accounts.authenticate(email, password == null ? "" : password)
                .filter(account -> account.role() == Role.CUSTOMER || account.role() == Role.CHEF);
    }

    /**
     * The account's marketplace profile; an account opened elsewhere (by an admin, or on the storefront) gets a
     * default one, with a username made from its email address.
     */
    @Transactional
    public MarketplaceProfile profile(UserAccount account) {
        return profiles.find(account.id()).orElseGet(() -> {
            // a made-up name (not the email's local part, which would be public in /c/<username>); the database
            // decides when two accounts draw the same one
            for (int attempt = 0; attempt < 20; attempt++) {
                String username = "user" + (100_000 + RANDOM.nextInt(900_000));
                if (profiles.insert(account.id(), username, "America/Los_Angeles", "en", "US", 1, List.of(),
                        List.of())) {
                    announceMember(account.id(), account.email());
                    break;
                }
            }
            return profiles.find(account.id()).orElseThrow();
        });
    }

    /**
     * Moves a marketplace account between its customer and chef roles.
     *
     * @throws Refusal.Invalid for another role
     * @throws Refusal.NotAllowed to become a chef without being one
     */
    @Transactional
    public UserAccount switchRole(UserAccount account, @Nullable String role) {
        if (account.role() == Role.ADMIN || account.role() == Role.STAFF) {
            throw Refusal.rejected("Staff accounts have no marketplace roles");
        }
        String wanted = role == null ? "" : role.strip().toLowerCase(Locale.ROOT);
        if (!wanted.equals("chef") && !wanted.equals("customer")) {
            throw Refusal.invalid("role", "Choose chef or customer").with("message", "Invalid role");
        }
        Role target = wanted.equals("chef") ? Role.CHEF : Role.CUSTOMER;
        profile(account);
        UserAccount switched = accounts.actAs(account.id(), target);
        // announced again on every switch, so a module added since (or restored from a backup) catches up
        announceMember(account.id(), account.email());
        if (target == Role.CHEF) {
            // announced on every switch, even chef to chef: a module that missed the first announcement (one added
            // since, or a copy restored from a backup) catches up, and hearing it again changes nothing anywhere
            announceChef(account.id());
        }
        return switched;
    }

    /** @throws Refusal.Invalid for fields too long or a country that is not a two-letter code */
    @Transactional
    public MarketplaceProfile.Address saveAddress(UUID userId, MarketplaceProfile.Address given) {
        List<FieldProblem> problems = new ArrayList<>();
        MarketplaceProfile.Address address = checkedAddress(given, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        storeAddress(userId, address);
        return address;
    }

    private void storeAddress(UUID userId, MarketplaceProfile.Address address) {
        java.time.Instant now = clock.instant();
        profiles.saveAddress(userId, address, now);
        long publicId = profiles.find(userId).orElseThrow().publicId();
        events.publishEvent(new MarketplaceAddressSaved(userId, publicId, address.postalCode(), address.country(), now,
                address.street(), address.city(), address.state()));
    }

    /** Confirms the account's email without a link: for accounts the operator made up (the demo marketplace). */
    @Transactional
    public void confirmEmail(UUID userId) {
        profiles.confirmEmail(userId, clock.instant());
        accounts.find(userId).ifPresent(account -> announceMember(userId, account.email()));
    }

    /** Announces the member's profile as it is now, again (see {@link MarketplaceProfilesRetold}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void retell(UUID userId) {
        accounts.find(userId).ifPresent(account -> announceMember(userId, account.email()));
    }

    /** The account of a username, whatever its case. */
    @Transactional(readOnly = true)
    public Optional<UUID> accountOf(String username) {
        return profiles.userIdOf(username);
    }

    /** An admin opens an account; a chef's is announced, so its chef profile opens. */
    @Transactional
    public UserAccount openByAdmin(String email, String name, String password, Role role,
            @Nullable UUID chefId) {
        UserAccount account = accounts.open(email, name, password, role, chefId);
        if (role == Role.CHEF) {
            if (chefId == null) {
                // a marketplace chef is paid out as themselves: the chef link is the account's own id
                account = accounts.change(account.id(), null, account.id(), null);
            }
            profile(account);
            announceChef(account.id());
        }
        return account;
    }

    /**
     * An admin changes an account; one approved as a chef just now is announced, so its chef profile opens even
     * before it first switches roles.
     */
    @Transactional
    public UserAccount changeByAdmin(UUID id, @Nullable Role role, @Nullable UUID chefId, @Nullable Boolean disabled) {
        UserAccount current = accounts.find(id).orElseThrow(() -> Refusal.notFound("User not found"));
        boolean wasChef = current.role() == Role.CHEF;
        // a marketplace chef is paid out as themselves: with no chef link given, the link is the account's own id
        UUID link = chefId == null && role == Role.CHEF && current.chefId() == null ? id : chefId;
        UserAccount changed = accounts.change(id, role, link, disabled);
        if (changed.role() == Role.CHEF && !wasChef) {
            profile(changed);
            announceChef(id);
        }
        if (wasChef && changed.role() != Role.CHEF) {
            events.publishEvent(new ChefRoleWithdrawn(id, "role_changed", clock.instant()));
        } else if (wasChef && changed.isDisabled() && !current.isDisabled()) {
            events.publishEvent(new ChefRoleWithdrawn(id, "account_disabled", clock.instant()));
        }
        return changed;
    }

    private void announceMember(UUID userId, String email) {
        MarketplaceProfile profile = profiles.find(userId).orElseThrow();
        String name = accounts.find(userId).map(UserAccount::name).orElse(null);
        events.publishEvent(new MarketplaceProfileSaved(userId, profile.publicId(), profile.username(), email,
                profile.emailConfirmed(), clock.instant(), name, profile.householdMemberCount(), profile.allergies(),
                profile.dietaryPreferences()));
    }

    private void announceChef(UUID userId) {
        MarketplaceProfile profile = profiles.find(userId).orElseThrow();
        events.publishEvent(new ChefModeEntered(userId, profile.publicId(), profile.username(), clock.instant()));
    }

    private static MarketplaceProfile.Address checkedAddress(MarketplaceProfile.Address given,
            List<FieldProblem> problems) {
        String country = blank(given.country());
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT).strip();
            if (!java.util.Set.of(Locale.getISOCountries()).contains(country)) {
                problems.add(new FieldProblem("country", "Give the country as a two-letter code, such as US"));
            }
        }
        String street = limited("street", given.street(), 200, problems);
        String city = limited("city", given.city(), 100, problems);
        String state = limited("state", given.state(), 100, problems);
        String postal = limited("postal_code", given.postalCode(), 20, problems);
        return new MarketplaceProfile.Address(street, city, state, postal, country);
    }

    private static @Nullable String limited(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        String clean = blank(value);
        if (clean != null && (clean.length() > max || clean.chars().anyMatch(Character::isISOControl))) {
            problems.add(new FieldProblem(field, "Up to " + max + " characters, without control characters"));
        }
        return clean;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String language(@Nullable String language) {
        return language != null && language.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,4})?") ? language.strip() : "en";
    }

    private static String measurement(@Nullable String system) {
        return system != null && system.strip().equalsIgnoreCase("metric") ? "METRIC" : "US";
    }

    private static List<String> clean(@Nullable List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().length() > 50 ? v.strip().substring(0, 50) : v.strip()).distinct().limit(30)
                .toList();
    }

    /**
     * A sign-up as the marketplace app sends it.
     *
     * @param chef the person wants to become a chef (the app then shows its chef application); it grants nothing
     */
    public record Registration(@Nullable String username, @Nullable String email, @Nullable String password,
            @Nullable String timezone, @Nullable String measurementSystem, @Nullable String preferredLanguage,
            @Nullable List<String> allergies, @Nullable List<String> dietaryPreferences,
            @Nullable Integer householdMemberCount, MarketplaceProfile.@Nullable Address address, boolean chef) {
    }
}
