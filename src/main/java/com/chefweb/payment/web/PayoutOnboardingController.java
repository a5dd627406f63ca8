package com.chefweb.payment.web;

import java.net.URI;
import java.util.UUID;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.payment.domain.ChefPayoutAccounts;
import com.chefweb.payment.domain.PayoutAccount;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * A chef's payout setup with Stripe Connect, at the paths and in the shape the chef app calls (snake_case). The
 * status is read from our record (the app polls it every few seconds); Stripe keeps it current by webhook.
 */
@RestController
@Tag(name = "Chef payouts", description = "Stripe Connect onboarding for marketplace chefs")
class PayoutOnboardingController {

    private final ChefPayoutAccounts accounts;

    PayoutOnboardingController(ChefPayoutAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping({ "/meals/api/stripe-account-status/", "/meals/api/stripe-account-status" })
    @Access(Level.CHEF)
    @Operation(summary = "The chef's payout account: whether it exists, can be paid, and what Stripe still needs")
    PayoutStatus status() {
        return accounts.status(chefId()).map(this::describe).orElse(PayoutStatus.NONE);
    }

    @PostMapping({ "/meals/api/stripe-account-link/", "/meals/api/stripe-account-link" })
    @Access(Level.CHEF)
    @RateLimited("payout-onboarding")
    @Operation(summary = "Open the chef's payout account if needed and return a Stripe onboarding link")
    OnboardingLink accountLink() {
        return new OnboardingLink(accounts.onboardingLink(chefId()));
    }

    @PostMapping({ "/meals/api/regenerate-stripe-link/", "/meals/api/regenerate-stripe-link",
            "/meals/api/fix-restricted-account/", "/meals/api/fix-restricted-account" })
    @Access(Level.CHEF)
    @RateLimited("payout-onboarding")
    @Operation(summary = "A new onboarding link, to finish setup or give Stripe what a restricted account is missing")
    OnboardingLink newLink() {
        return new OnboardingLink(accounts.onboardingLink(chefId()));
    }

    @GetMapping({ "/meals/stripe-refresh/{accountId}/", "/meals/stripe-refresh/{accountId}" })
    @Access(Level.PUBLIC)
    @RateLimited("payout-onboarding")
    @Operation(summary = "Where Stripe sends a chef whose onboarding link expired: redirects to a new one")
    ResponseEntity<Void> refresh(@PathVariable String accountId,
            @RequestParam(required = false) @Nullable String expires,
            @RequestParam(required = false) @Nullable String sig) {
        return redirect(accounts.refreshedLink(accountId, String.valueOf(expires), String.valueOf(sig)));
    }

    @GetMapping({ "/meals/stripe-return/{accountId}/", "/meals/stripe-return/{accountId}" })
    @Access(Level.PUBLIC)
    @RateLimited("payout-onboarding")
    @Operation(summary = "Where Stripe sends a chef after onboarding: records the account's state, back to the dashboard")
    ResponseEntity<Void> returned(@PathVariable String accountId,
            @RequestParam(required = false) @Nullable String expires,
            @RequestParam(required = false) @Nullable String sig) {
        return redirect(accounts.returned(accountId, String.valueOf(expires), String.valueOf(sig)));
    }

    private PayoutStatus describe(PayoutAccount account) {
        return new PayoutStatus(true, account.active(), account.needsOnboarding(), account.disabledReason(),
                account.stripeAccountId(), account.chargesEnabled(), account.payoutsEnabled(),
                account.detailsSubmitted(), account.currentlyDue(),
                account.needsOnboarding() ? accounts.refreshUrl(account.stripeAccountId()) : null);
    }

    /**
     * The chef's payout account as the chef app reads it; only the first four fields when there is none yet.
     *
     * @param continueOnboardingUrl where to finish onboarding, while Stripe still needs something
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record PayoutStatus(boolean hasAccount, boolean isActive, boolean needsOnboarding,
            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String disabledReason, @Nullable String accountId,
            @Nullable Boolean chargesEnabled, @Nullable Boolean payoutsEnabled, @Nullable Boolean detailsSubmitted,
            @Nullable List<String> currentlyDue, @Nullable String continueOnboardingUrl) {

        static final PayoutStatus NONE = new PayoutStatus(false, false, true, null, null, null, null, null, null,
                null);
    }

    /** The same Stripe onboarding link under both names the chef app has used. */
    record OnboardingLink(String url, @JsonProperty("onboarding_url") String onboardingUrl) {

        OnboardingLink(String url) {
            this(url, url);
        }
    }

    private static ResponseEntity<Void> redirect(String url) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
    }

    private static UUID chefId() {
        Actor actor = CurrentActor.get().orElseThrow(() -> ApiProblem.unauthorized("Sign in first"));
        if (actor.chefId() == null) {
            throw ApiProblem.forbidden("This account is not linked to a chef profile");
        }
        return actor.chefId();
    }
}
