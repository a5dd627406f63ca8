package com.chefweb.identity.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.marketplace.EmailConfirmations;
import com.chefweb.identity.marketplace.MarketplaceAccounts;
import com.chefweb.identity.marketplace.MarketplaceAccounts.Registration;
import com.chefweb.identity.marketplace.MarketplaceProfile;
import com.chefweb.identity.session.SignIn;
import com.chefweb.identity.session.Sessions;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * Sign-in in the marketplace app's dialect (SimpleJWT's): form-encoded login, {@code access}/{@code refresh} pairs,
 * a refresh token the app presents again and again, snake_case. The same accounts and sessions as
 * {@code /api/auth}. A wrong password is 400 here, never 401: the app treats any 401 as an expired session.
 * Every path works with and without its trailing slash.
 */
@RestController
@RequestMapping("/auth/api")
@Tag(name = "Marketplace sign-in", description = "The sautai app's dialect of sign-in, sign-up and roles")
class MarketplaceAuthController {

    private final MarketplaceAccounts marketplace;
    private final EmailConfirmations confirmations;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Clock clock;

    MarketplaceAuthController(MarketplaceAccounts marketplace, EmailConfirmations confirmations, Accounts accounts,
            Sessions sessions, Clock clock) {
        this.marketplace = marketplace;
        this.confirmations = confirmations;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PostMapping(path = {"/login", "/login/"}, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @Access(Level.PUBLIC)
    @RateLimited("login")
    @Operation(summary = "Sign in with username or email and password (form-encoded)")
    ResponseEntity<?> login(@RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String password) {
        return signIn(username != null ? username : email, password);
    }

    @PostMapping(path = {"/login", "/login/"}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(Level.PUBLIC)
    @RateLimited("login")
    @Operation(summary = "Sign in with username or email and password (JSON)")
    ResponseEntity<?> loginJson(@RequestBody LoginForm form) {
        return signIn(form.username() != null ? form.username() : form.email(), form.password());
    }

    private ResponseEntity<?> signIn(@Nullable String login, @Nullable String password) {
        UserAccount account = marketplace.authenticate(login, password).orElse(null);
        if (account == null) {
            // unknown, wrong, disabled, or a staff account (staff sign in at /api/auth): the same answer, as problem
            // details like every refusal, keeping the Django dialect's message (the app reads only the status)
            ProblemDetail problem = ApiProblem.problem(HttpStatus.BAD_REQUEST, "Invalid username or password",
                    java.util.List.of());
            problem.setProperty("message", "Invalid username or password");
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        SignIn signIn = sessions.startReusable(account);
        Map<String, Object> user = user(account, marketplace.profile(account));
        // Django answered the user's fields at the top level too
        Map<String, Object> body = new LinkedHashMap<>(user);
        body.put("user_id", user.get("id"));
        body.put("status", "success");
        body.put("access", signIn.accessToken().value());
        body.put("refresh", signIn.refreshToken());
        body.put("user", user);
        return ResponseEntity.ok(body);
    }

    @PostMapping({"/register", "/register/"})
    @Access(Level.PUBLIC)
    @RateLimited("register")
    @Operation(summary = "Sign up ({user:{username,email,password,...}, address?, intent?:'chef'}) and sign in")
    ResponseEntity<Map<String, Object>> register(@RequestBody RegisterForm form) {
        RegisterForm.UserFields fields = form.user() != null ? form.user()
                : new RegisterForm.UserFields(null, null, null, null, null, null, null, null, null);
        Registration registration = new Registration(fields.username(), fields.email(), fields.password(),
                fields.timezone(), fields.measurementSystem(), fields.preferredLanguage(), fields.allergies(),
                fields.dietaryPreferences(), fields.householdMemberCount(),
                form.address() == null ? null : form.address().toAddress(), "chef".equalsIgnoreCase(form.intent()));
        UserAccount account = marketplace.register(registration);
        SignIn signIn = sessions.startReusable(account);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("access", signIn.accessToken().value());
        body.put("refresh", signIn.refreshToken());
        body.put("user", user(account, marketplace.profile(account)));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @PostMapping({"/register/verify-email", "/register/verify-email/"})
    @Access(Level.PUBLIC)
    @RateLimited("login")
    @Operation(summary = "Confirm an email address with the uid and token of the emailed link")
    Map<String, Object> verifyEmail(@RequestBody VerifyForm form) {
        return confirmations.confirm(form.uid(), form.token());
    }

    @PostMapping({"/resend-activation-link", "/resend-activation-link/"})
    @Access(Level.SIGNED_IN)
    @RateLimited("email-confirmation")
    @Operation(summary = "Email the confirmation link again")
    Map<String, Object> resendConfirmation() {
        UserAccount account = signedIn(CurrentActor.get().orElseThrow());
        marketplace.profile(account);
        boolean sent = confirmations.request(account.id(), account.email());
        return Map.of("status", "success", "message", sent ? "We sent the confirmation link to " + account.email()
                : "Your email address is already confirmed.");
    }

    @PostMapping({"/token/refresh", "/token/refresh/"})
    @Access(Level.PUBLIC)
    @RateLimited("refresh")
    @Operation(summary = "A new access token for a refresh token (the same refresh token keeps working until the session ends)")
    Map<String, Object> refresh(@RequestBody RefreshForm form) {
        if (form.refresh() == null || form.refresh().isBlank()) {
            throw Refusal.invalid("refresh", "Send the refresh token");
        }
        SignIn signIn = sessions.refresh(form.refresh()).orElse(null);
        if (signIn == null) {
            throw Refusal.notSignedIn("Token is invalid or expired").with("code", "token_not_valid");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access", signIn.accessToken().value());
        body.put("refresh", signIn.refreshToken());
        return body;
    }

    @PostMapping({"/token/blacklist", "/token/blacklist/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "Sign out: the refresh token's session ends, with every token it issued")
    Map<String, Object> blacklist(@RequestBody(required = false) @Nullable RefreshForm form) {
        if (form != null && form.refresh() != null) {
            sessions.endByRefreshToken(form.refresh());
        }
        CurrentActor.get().map(Actor::sessionId).ifPresent(sessions::end);
        return Map.of("status", "success");
    }

    @GetMapping({"/user_details", "/user_details/"})
    @Access(Level.PUBLIC)
    @Operation(summary = "The signed-in account (a user_id parameter is ignored: it is always the caller's); 404 when anonymous")
    Map<String, Object> userDetails(@RequestParam(name = "user_id", required = false) @Nullable String userId) {
        Actor actor = CurrentActor.get().orElse(null);
        if (actor == null) {
            // public chef payloads carry no user id, so the directory never asks; an anonymous caller gets a 404,
            // never the 401 the app would take for an expired session
            throw Refusal.notFound("Sign in to see account details");
        }
        UserAccount account = signedIn(actor);
        return user(account, marketplace.profile(account));
    }

    @PostMapping({"/switch_role", "/switch_role/"})
    @Access(Level.SIGNED_IN)
    @RateLimited("refresh")
    @Operation(summary = "Switch between the customer and the chef role; answers the user and a new access token")
    Map<String, Object> switchRole(@RequestBody RoleForm form) {
        Actor actor = CurrentActor.get().orElseThrow();
        UserAccount switched = marketplace.switchRole(signedIn(actor), form.role());
        SignIn signIn = sessions.reissue(actor.sessionId())
                .orElseThrow(() -> Refusal.notSignedIn("Your session has ended; sign in again"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "success");
        body.put("user", user(switched, marketplace.profile(switched)));
        body.put("access", signIn.accessToken().value());
        return body;
    }

    @GetMapping({"/address_details", "/address_details/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "The signed-in account's address")
    Map<String, Object> address() {
        UserAccount account = signedIn(CurrentActor.get().orElseThrow());
        MarketplaceProfile profile = marketplace.profile(account);
        // no address yet: an empty object, so the app does not take it for a saved one
        return profile.address() == null ? Map.of() : address(profile.publicId(), profile.address());
    }

    @PostMapping({"/address_details", "/address_details/"})
    @Access(Level.SIGNED_IN)
    @Operation(summary = "Save the signed-in account's address")
    Map<String, Object> saveAddress(@RequestBody AddressForm form) {
        UserAccount account = signedIn(CurrentActor.get().orElseThrow());
        MarketplaceProfile profile = marketplace.profile(account);
        return address(profile.publicId(), marketplace.saveAddress(account.id(), form.toAddress()));
    }

    private UserAccount signedIn(Actor actor) {
        UUID id = actor.userId().orElseThrow(() -> Refusal.notFound("API keys have no marketplace account"));
        return accounts.find(id).orElseThrow(() -> Refusal.notFound("User not found"));
    }

    /** The user as the app reads it (Django's field names). */
    private static Map<String, Object> user(UserAccount account, MarketplaceProfile profile) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", profile.publicId());
        user.put("username", profile.username());
        user.put("email", account.email());
        user.put("email_confirmed", profile.emailConfirmed());
        user.put("is_chef", profile.chef());
        user.put("current_role", account.role().code().equals("chef") ? "chef" : "customer");
        user.put("household_member_count", profile.householdMemberCount());
        user.put("address", profile.address() == null ? null : address(profile.publicId(), profile.address()));
        user.put("measurement_system", profile.measurementSystem());
        user.put("timezone", profile.timezone());
        user.put("preferred_language", profile.preferredLanguage());
        user.put("allergies", profile.allergies());
        user.put("dietary_preferences", profile.dietaryPreferences());
        return user;
    }

    private static Map<String, Object> address(long id, MarketplaceProfile.@Nullable Address address) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("street", address == null ? null : address.street());
        body.put("city", address == null ? null : address.city());
        body.put("state", address == null ? null : address.state());
        body.put("input_postalcode", address == null ? null : address.postalCode());
        body.put("postalcode", address == null ? null : address.postalCode());
        body.put("postal_code", address == null ? null : address.postalCode());
        body.put("country", address == null ? null : address.country());
        return body;
    }

    record LoginForm(@Nullable String username, @Nullable String email, @Nullable String password) {
    }

    record RefreshForm(@Nullable String refresh) {
    }

    record VerifyForm(@Nullable String uid, @Nullable String token) {
    }

    record RoleForm(@Nullable String role) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AddressForm(@Nullable String street, @Nullable String city, @Nullable String state,
            @JsonAlias({"postalcode", "input_postalcode"}) @Nullable String postalCode, @Nullable String country) {

        MarketplaceProfile.Address toAddress() {
            return new MarketplaceProfile.Address(street, city, state, postalCode, country);
        }
    }

    record RegisterForm(@Nullable UserFields user, @Nullable AddressForm address, @Nullable String intent) {

        @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
        record UserFields(@Nullable String username, @Nullable String email, @Nullable String password,
                @Nullable String timezone, @Nullable String measurementSystem, @Nullable String preferredLanguage,
                @Nullable List<String> allergies, @Nullable List<String> dietaryPreferences,
                @Nullable Integer householdMemberCount) {
        }
    }
}
