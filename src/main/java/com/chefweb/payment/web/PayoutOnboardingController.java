package com.chefweb.payment.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
    Map<String, Object> status() {
        UUID chefId = chefId();
        Map<String, Object> body = new LinkedHashMap<>();
        accounts.status(chefId).ifPresentOrElse(account -> describe(account, body), () -> {
            body.put("has_account", false);
            body.put("is_active", false);
            body.put("needs_onboarding", true);
            body.put("disabled_reason", null);
        });
        return body;
    }

    @PostMapping({ "/meals/api/stripe-account-link/", "/meals/api/stripe-account-link" })
    @Access(Level.CHEF)
    @RateLimited("payout-onboarding")
    @Operation(summary = "Open the chef's payout account if needed and return a Stripe onboarding link")
    Map<String, Object> accountLink() {
        String url = accounts.onboardingLink(chefId());
        return Map.of("url", url, "onboarding_url", url);
    }

    @PostMapping({ "/meals/api/regenerate-stripe-link/", "/meals/api/regenerate-stripe-link",
            "/meals/api/fix-restricted-account/", "/meals/api/fix-restricted-account" })
    @Access(Level.CHEF)
    @RateLimited("payout-onboarding")
    @Operation(summary = "A new onboarding link, to finish setup or give Stripe what a restricted account is missing")
    Map<String, Object> newLink() {
        String url = accounts.onboardingLink(chefId());
        return Map.of("onboarding_url", url, "url", url);
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

    private void describe(PayoutAccount account, Map<String, Object> body) {
        body.put("has_account", true);
        body.put("is_active", account.active());
        body.put("needs_onboarding", account.needsOnboarding());
        body.put("disabled_reason", account.disabledReason());
        body.put("account_id", account.stripeAccountId());
        body.put("charges_enabled", account.chargesEnabled());
        body.put("payouts_enabled", account.payoutsEnabled());
        body.put("details_submitted", account.detailsSubmitted());
        body.put("currently_due", account.currentlyDue());
        if (account.needsOnboarding()) {
            body.put("continue_onboarding_url", accounts.refreshUrl(account.stripeAccountId()));
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
