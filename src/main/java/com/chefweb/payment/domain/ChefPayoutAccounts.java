package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Instant;
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
import com.chefweb.shared.web.ApiProblem;

/**
 * Stripe Connect for marketplace chefs: one connected Express account per chef, Stripe's hosted onboarding, and
 * the account's state as Stripe reports it (webhook {@code account.updated}, or a fresh read when the chef comes
 * back from onboarding). Onboarding links expire within minutes, so ours are addresses that make a new one.
 */
@Service
public class ChefPayoutAccounts {

    private static final Logger log = LoggerFactory.getLogger(ChefPayoutAccounts.class);

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
        this.signer = MessageSigner.fromSecret(links.secret(), "CHEFWEB_PAYMENT_LINK_SECRET", "payment links");
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
     * @throws ApiProblem 503 when Stripe is not configured or not answering
     */
    public String onboardingLink(UUID chefId) {
        if (!stripe.configured()) {
            throw ApiProblem.unavailable("Payouts are not configured on this server yet");
        }
        PayoutAccount account = transactions.execute(status -> accounts.forChef(chefId)).orElseGet(() -> {
            var created = stripe.createConnectedAccount(chefId, null, settings.country(), "connect-account:" + chefId);
            log.info("Created Stripe account {} for chef {}", created.accountId(), chefId);
            return transactions.execute(status -> accounts.insertIfAbsent(chefId, created.accountId()));
        });
        return stripe.createOnboardingLink(account.stripeAccountId(), refreshUrl(account.stripeAccountId()),
                returnUrl(account.stripeAccountId()));
    }

    /** Our address that makes a fresh onboarding link: Stripe sends the chef here when a link has expired. */
    public String refreshUrl(String stripeAccountId) {
        return links.publicBaseUrl() + "/meals/stripe-refresh/" + stripeAccountId + "/?sig=" + signature(stripeAccountId);
    }

    private String returnUrl(String stripeAccountId) {
        return links.publicBaseUrl() + "/meals/stripe-return/" + stripeAccountId + "/?sig=" + signature(stripeAccountId);
    }

    /**
     * A new onboarding link for an account, from our signed refresh address (a browser visit, without a sign-in).
     *
     * @throws ApiProblem 404 when the address is not one we gave out
     */
    public String refreshedLink(String stripeAccountId, String signature) {
        verify(stripeAccountId, signature);
        return stripe.createOnboardingLink(stripeAccountId, refreshUrl(stripeAccountId), returnUrl(stripeAccountId));
    }

    /**
     * The chef is back from onboarding: reads the account from Stripe now rather than waiting for its webhook, and
     * answers where to send the chef.
     */
    public String returned(String stripeAccountId, String signature) {
        verify(stripeAccountId, signature);
        var reported = stripe.retrieveConnectedAccount(stripeAccountId);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> apply(reported, now));
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
                    account.disabledReason(), account.currentlyDue()));
        }
    }

    private void verify(String stripeAccountId, String signature) {
        if (!signer.verify("connect:" + stripeAccountId, signature)) {
            throw ApiProblem.notFound("This onboarding address is not valid");
        }
    }

    private String signature(String stripeAccountId) {
        return signer.sign("connect:" + stripeAccountId);
    }
}
