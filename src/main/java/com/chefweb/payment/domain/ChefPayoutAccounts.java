package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.events.ChefPayoutAccountUpdated;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.shared.crypto.MessageSigner;
import com.chefweb.shared.refusal.Refusal;

/**
 * Stripe Connect for marketplace chefs: one connected Express account per chef, Stripe's hosted onboarding, and
 * the account's state as Stripe reports it (webhook {@code account.updated}, or a fresh read when the chef comes
 * back from onboarding). Onboarding links expire within minutes, so ours are addresses that make a new one.
 */
@Service
public class ChefPayoutAccounts {

    private static final Logger log = LoggerFactory.getLogger(ChefPayoutAccounts.class);
    /** How long our addresses in a Stripe onboarding link work: the chef uses them within the session. */
    private static final Duration LINK_FROM_STRIPE = Duration.ofHours(24);
    private static final Duration LINK_FROM_APP = Duration.ofHours(1);
    private static final String REFRESH = "/meals/stripe-refresh/";
    private static final String RETURN = "/meals/stripe-return/";

    private final PayoutAccountRepository accounts;
    private final StripeGateway stripe;
    private final PaymentLinkSettings links;
    private final ConnectSettings settings;
    private final MessageSigner signer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChefPayoutAccounts(PayoutAccountRepository accounts, StripeGateway stripe, PaymentLinkSettings links,
            ConnectSettings settings, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.stripe = stripe;
        this.links = links;
        this.settings = settings;
        this.signer = MessageSigner.fromSecret(links.secret(), "CHEFWEB_PAYMENT_LINK_SECRET",
                "chefs' payout onboarding addresses");
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<PayoutAccount> status(UUID chefId) {
        return accounts.forChef(chefId);
    }

    /**
     * A Stripe onboarding link for the chef, creating their connected account first when they have none.
     *
     * @throws Refusal 503 when Stripe is not configured or not answering
     */
    public String onboardingLink(UUID chefId) {
        if (!stripe.configured()) {
            throw Refusal.unavailable("Payouts are not configured on this server yet");
        }
        PayoutAccount account = transactions.execute(status -> accounts.forChef(chefId)).orElseGet(() -> {
            var created = stripe.createConnectedAccount(chefId, null, settings.country(), "connect-account:" + chefId);
            log.info("Created Stripe account {} for chef {}", created.accountId(), chefId);
            return transactions.execute(status -> accounts.insertIfAbsent(chefId, created.accountId()));
        });
        return stripe.createOnboardingLink(account.stripeAccountId(),
                signed(REFRESH, account.stripeAccountId(), LINK_FROM_STRIPE),
                signed(RETURN, account.stripeAccountId(), LINK_FROM_STRIPE));
    }

    /**
     * Our address that makes a fresh onboarding link, for the chef app to open now: it works for an hour, so one
     * left in a browser's history cannot be used to open onboarding for someone else's account later.
     */
    public String refreshUrl(String stripeAccountId) {
        return signed(REFRESH, stripeAccountId, LINK_FROM_APP);
    }

    /**
     * A new onboarding link for an account, from our signed refresh address (a browser visit, without a sign-in).
     *
     * @return the link, or the chef dashboard when the address has expired (the app makes a new one)
     * @throws Refusal 404 when the address is not one we gave out
     */
    public String refreshedLink(String stripeAccountId, String expires, String signature) {
        if (!verify(REFRESH, stripeAccountId, expires, signature)) {
            return settings.dashboardUrl();
        }
        return stripe.createOnboardingLink(stripeAccountId, signed(REFRESH, stripeAccountId, LINK_FROM_STRIPE),
                signed(RETURN, stripeAccountId, LINK_FROM_STRIPE));
    }

    /**
     * The chef is back from onboarding: reads the account from Stripe now rather than waiting for its webhook, and
     * answers where to send the chef.
     *
     * @throws Refusal 404 when the address is not one we gave out
     */
    public String returned(String stripeAccountId, String expires, String signature) {
        if (verify(RETURN, stripeAccountId, expires, signature)) {
            var reported = stripe.retrieveConnectedAccount(stripeAccountId);
            // Stripe's event times are whole seconds: a report read now must not outrank one from this same second
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            transactions.executeWithoutResult(status -> apply(reported, now));
        }
        return settings.dashboardUrl();
    }

    /** Applies what Stripe reported about an account at {@code reportedAt}; an older report than the stored one is ignored. */
    void apply(StripeGateway.ConnectedAccount reported, Instant reportedAt) {
        Optional<PayoutAccount> known = accounts.lockByStripeId(reported.accountId());
        if (known.isEmpty()) {
            log.info("Stripe reported on account {}, which is not a chef's payout account here", reported.accountId());
            return;
        }
        if (!accounts.report(reported.accountId(), reported.chargesEnabled(), reported.payoutsEnabled(),
                reported.detailsSubmitted(), reported.disabledReason(), reported.currentlyDue(), reportedAt)) {
            return;
        }
        PayoutAccount account = accounts.forChef(known.get().chefId()).orElseThrow();
        if (!account.equals(known.get())) {
            log.info("Payout account {} of chef {}: active {}, details submitted {}, still due {}",
                    account.stripeAccountId(), account.chefId(), account.active(), account.detailsSubmitted(),
                    account.currentlyDue());
            events.publishEvent(new ChefPayoutAccountUpdated(account.chefId(), account.stripeAccountId(),
                    account.active(), account.chargesEnabled(), account.payoutsEnabled(), account.detailsSubmitted(),
                    account.disabledReason(), account.currentlyDue(), reportedAt));
        }
    }

    /**
     * @return true for a valid address still in date, false for an expired one
     * @throws Refusal 404 for an address we did not sign
     */
    private boolean verify(String path, String stripeAccountId, String expires, String signature) {
        long expiry;
        try {
            expiry = Long.parseLong(expires);
        } catch (NumberFormatException notANumber) {
            throw Refusal.notFound("This onboarding address is not valid");
        }
        if (!signer.verify(path + stripeAccountId + ":" + expiry, signature)) {
            throw Refusal.notFound("This onboarding address is not valid");
        }
        return clock.instant().getEpochSecond() <= expiry;
    }

    private String signed(String path, String stripeAccountId, Duration lifetime) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return links.publicBaseUrl() + path + stripeAccountId + "/?expires=" + expires + "&sig="
                + signer.sign(path + stripeAccountId + ":" + expires);
    }
}
