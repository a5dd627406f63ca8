package com.chefweb.payment.stripe;

import java.util.Map;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.chefweb.shared.money.Money;

/**
 * The one way the service calls Stripe: the real SDK with timeouts, bounded network retries, and an idempotency key
 * derived from what the call does, so a retry (ours, the SDK's or the customer's) never charges or refunds twice.
 * Calls are refused inside a database transaction, where a slow network would hold locks.
 */
@Component
@EnableConfigurationProperties(StripeSettings.class)
public class StripeGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeSettings settings;
    private final @Nullable StripeClient client;

    StripeGateway(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.configured() ? StripeClient.builder()
                .setApiKey(settings.secretKey())
                .setApiBase(settings.apiBase())
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setReadTimeout((int) settings.readTimeout().toMillis())
                .setMaxNetworkRetries(settings.maxNetworkRetries())
                .build() : null;
        if (client == null) {
            log.info("Stripe is not configured (CHEFWEB_STRIPE_SECRET_KEY, CHEFWEB_STRIPE_PUBLISHABLE_KEY): "
                    + "card payments are off, pay-later bookings work");
        }
    }

    public boolean configured() {
        return client != null;
    }

    /**
     * Creates (or, for the same key, returns again) a PaymentIntent for the amount the server computed.
     *
     * @param saveCard keep the card for charging the balance later, off session
     */
    public StartedPayment createPaymentIntent(Money amount, String description, @Nullable String receiptEmail,
            @Nullable String customerId, Map<String, String> metadata, boolean saveCard, String idempotencyKey) {
        StripeClient stripe = requireClient();
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(amount.minorUnits())
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT))
                .setDescription(description)
                .putAllMetadata(metadata)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build());
        if (receiptEmail != null) {
            params.setReceiptEmail(receiptEmail);
        }
        if (customerId != null) {
            params.setCustomer(customerId);
        }
        if (saveCard) {
            params.setSetupFutureUsage(PaymentIntentCreateParams.SetupFutureUsage.OFF_SESSION);
        }
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().create(params.build(), options(idempotencyKey));
            return new StartedPayment(intent.getId(), intent.getClientSecret(), intent.getStatus(), intent.getCustomer());
        } catch (StripeException e) {
            throw failure("create a payment", e);
        }
    }

    /** Cancels an unpaid PaymentIntent, so it can no longer be paid; the same key is the same cancellation. */
    public void cancelPaymentIntent(String paymentIntentId, String idempotencyKey) {
        try {
            requireClient().v1().paymentIntents().cancel(paymentIntentId,
                    com.stripe.param.PaymentIntentCancelParams.builder().build(), options(idempotencyKey));
        } catch (StripeException e) {
            throw failure("cancel a payment", e);
        }
    }

    /** A Stripe customer to keep a card on; the same key returns the same customer. */
    public String createCustomer(String email, String name, String idempotencyKey) {
        StripeClient stripe = requireClient();
        try {
            return stripe.v1().customers().create(com.stripe.param.CustomerCreateParams.builder()
                    .setEmail(email).setName(name).build(), options(idempotencyKey)).getId();
        } catch (StripeException e) {
            throw failure("create a customer", e);
        }
    }

    /**
     * Charges a saved card without the customer present (the balance before the event).
     *
     * @return the PaymentIntent's id and status; a declined card returns status {@code requires_payment_method}
     *     with the reason instead of throwing, so the caller can record it
     */
    public OffSessionCharge chargeSavedCard(Money amount, String customerId, String paymentMethodId,
            String description, Map<String, String> metadata, String idempotencyKey) {
        StripeClient stripe = requireClient();
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(amount.minorUnits())
                .setCurrency(amount.currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT))
                .setCustomer(customerId)
                .setPaymentMethod(paymentMethodId)
                .setOffSession(true)
                .setConfirm(true)
                .setDescription(description)
                .putAllMetadata(metadata)
                .build();
        try {
            PaymentIntent intent = stripe.v1().paymentIntents().create(params, options(idempotencyKey));
            return new OffSessionCharge(intent.getId(), intent.getStatus(), null);
        } catch (CardException declined) {
            String intentId = declined.getStripeError() != null && declined.getStripeError().getPaymentIntent() != null
                    ? declined.getStripeError().getPaymentIntent().getId() : null;
            return new OffSessionCharge(intentId, "requires_payment_method",
                    declined.getUserMessage() != null ? declined.getUserMessage() : declined.getMessage());
        } catch (StripeException e) {
            throw failure("charge a saved card", e);
        }
    }

    /** Refunds part or all of a payment; the same key returns the same refund. */
    public IssuedRefund refund(String paymentIntentId, Money amount, String idempotencyKey) {
        StripeClient stripe = requireClient();
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setAmount(amount.minorUnits())
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                .build();
        try {
            Refund refund = stripe.v1().refunds().create(params, options(idempotencyKey));
            return new IssuedRefund(refund.getId(), refund.getStatus());
        } catch (StripeException e) {
            throw failure("refund a payment", e);
        }
    }

    /**
     * Refunds a marketplace charge in full, taking the money back from the chef's account and giving back the
     * platform fee; the same key is the same refund.
     */
    public IssuedRefund refundMarketplaceCharge(String paymentIntentId, String idempotencyKey) {
        return refundMarketplaceCharge(paymentIntentId, RefundCreateParams.Reason.DUPLICATE, idempotencyKey);
    }

    /**
     * Gives a marketplace order's whole payment back at the customer's request (an order or event cancelled): the
     * chef's transfer and the platform's fee are reversed with it, so neither keeps money for a meal not served.
     */
    public IssuedRefund refundCancelledMarketplaceOrder(String paymentIntentId, String idempotencyKey) {
        return refundMarketplaceCharge(paymentIntentId, RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER,
                idempotencyKey);
    }

    private IssuedRefund refundMarketplaceCharge(String paymentIntentId, RefundCreateParams.Reason reason,
            String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntentId)
                .setReverseTransfer(true)
                .setRefundApplicationFee(true)
                .setReason(reason)
                .build();
        try {
            Refund refund = requireClient().v1().refunds().create(params, options(idempotencyKey));
            return new IssuedRefund(refund.getId(), refund.getStatus());
        } catch (StripeException e) {
            throw failure("refund a marketplace payment", e);
        }
    }

    /**
     * The PaymentIntent as Stripe has it; empty when Stripe does not know it.
     *
     * @throws StripeUnavailable when Stripe cannot be reached
     */
    public java.util.Optional<PaymentIntent> find(String paymentIntentId) {
        try {
            return java.util.Optional.of(requireClient().v1().paymentIntents().retrieve(paymentIntentId));
        } catch (com.stripe.exception.InvalidRequestException e) {
            if (Integer.valueOf(404).equals(e.getStatusCode())) {
                return java.util.Optional.empty();
            }
            throw failure("read a payment", e);
        } catch (StripeException e) {
            throw failure("read a payment", e);
        }
    }

    /**
     * A hosted Stripe Checkout page for an amount the server computed (a payment link's target, a marketplace
     * order). The PaymentIntent it makes carries the same metadata, which is how its webhook finds what was paid.
     */
    public HostedCheckout createCheckoutSession(CheckoutPage page, String idempotencyKey) {
        var intentData = com.stripe.param.checkout.SessionCreateParams.PaymentIntentData.builder()
                .setDescription(page.itemName())
                .putAllMetadata(page.metadata());
        if (page.saveCard()) {
            intentData.setSetupFutureUsage(
                    com.stripe.param.checkout.SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION);
        }
        if (page.payee() != null) {
            // a destination charge: the chef's account receives the amount, the platform keeps its fee
            intentData.setApplicationFeeAmount(page.payee().platformFee().minorUnits())
                    .setTransferData(com.stripe.param.checkout.SessionCreateParams.PaymentIntentData.TransferData
                            .builder().setDestination(page.payee().accountId()).build());
        }
        var params = com.stripe.param.checkout.SessionCreateParams.builder()
                .setMode(com.stripe.param.checkout.SessionCreateParams.Mode.PAYMENT)
                .setSuccessUrl(page.successUrl())
                .setCancelUrl(page.cancelUrl())
                .setExpiresAt(page.expiresAt().getEpochSecond())
                .setClientReferenceId(page.reference())
                .putAllMetadata(page.metadata())
                .setPaymentIntentData(intentData.build())
                .addLineItem(com.stripe.param.checkout.SessionCreateParams.LineItem.builder()
                        .setQuantity(1L)
                        .setPriceData(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(page.amount().currency().getCurrencyCode()
                                        .toLowerCase(java.util.Locale.ROOT))
                                .setUnitAmount(page.amount().minorUnits())
                                .setProductData(com.stripe.param.checkout.SessionCreateParams.LineItem.PriceData
                                        .ProductData.builder().setName(page.itemName()).build())
                                .build())
                        .build());
        if (page.customerId() != null) {
            params.setCustomer(page.customerId());
        } else if (page.customerEmail() != null) {
            params.setCustomerEmail(page.customerEmail());
        }
        try {
            com.stripe.model.checkout.Session session = requireClient().v1().checkout().sessions()
                    .create(params.build(), options(idempotencyKey));
            return new HostedCheckout(session.getId(), session.getUrl(),
                    java.time.Instant.ofEpochSecond(session.getExpiresAt() != null ? session.getExpiresAt()
                            : page.expiresAt().getEpochSecond()));
        } catch (StripeException e) {
            throw failure("start a checkout", e);
        }
    }

    /** Closes a Checkout Session so no payment can be made through it; one that is complete or expired stays so. */
    public void expireCheckoutSession(String sessionId) {
        try {
            requireClient().v1().checkout().sessions().expire(sessionId,
                    com.stripe.param.checkout.SessionExpireParams.builder().build(), options("expire:" + sessionId));
        } catch (StripeException e) {
            throw failure("close a checkout", e);
        }
    }

    /**
     * A connected Express account for a chef, to be paid out to; the same key returns the same account.
     *
     * @param chefId kept in the account's metadata, so Stripe's events name the chef
     */
    public ConnectedAccount createConnectedAccount(java.util.UUID chefId, @Nullable String email, String country,
            String idempotencyKey) {
        var params = com.stripe.param.AccountCreateParams.builder()
                .setType(com.stripe.param.AccountCreateParams.Type.EXPRESS)
                .setCountry(country)
                .putAllMetadata(Map.of("chef_id", chefId.toString()))
                .setCapabilities(com.stripe.param.AccountCreateParams.Capabilities.builder()
                        .setCardPayments(com.stripe.param.AccountCreateParams.Capabilities.CardPayments.builder()
                                .setRequested(true).build())
                        .setTransfers(com.stripe.param.AccountCreateParams.Capabilities.Transfers.builder()
                                .setRequested(true).build())
                        .build());
        if (email != null) {
            params.setEmail(email);
        }
        try {
            return ConnectedAccount.of(requireClient().v1().accounts().create(params.build(), options(idempotencyKey)));
        } catch (StripeException e) {
            throw failure("create a payout account", e);
        }
    }

    /** The connected account as Stripe has it now. */
    public ConnectedAccount retrieveConnectedAccount(String accountId) {
        try {
            return ConnectedAccount.of(requireClient().v1().accounts().retrieve(accountId));
        } catch (StripeException e) {
            throw failure("read a payout account", e);
        }
    }

    /**
     * A one-time link to Stripe's hosted onboarding for the account. Links expire within minutes, so none is
     * stored: each visit to our refresh address asks for a new one.
     */
    public String createOnboardingLink(String accountId, String refreshUrl, String returnUrl) {
        var params = com.stripe.param.AccountLinkCreateParams.builder()
                .setAccount(accountId)
                .setType(com.stripe.param.AccountLinkCreateParams.Type.ACCOUNT_ONBOARDING)
                .setRefreshUrl(refreshUrl)
                .setReturnUrl(returnUrl)
                .build();
        try {
            // every link is new on purpose, so the key is unique per request: a retry within this call reuses it
            return requireClient().v1().accountLinks().create(params,
                    options("account-link:" + accountId + ":" + java.util.UUID.randomUUID())).getUrl();
        } catch (StripeException e) {
            throw failure("start payout onboarding", e);
        }
    }

    private RequestOptions options(String idempotencyKey) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Stripe must not be called inside a database transaction");
        }
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private StripeClient requireClient() {
        if (client == null) {
            throw new StripeUnavailable("Card payments are not configured. Please choose Pay Later.");
        }
        return client;
    }

    private static RuntimeException failure(String what, StripeException e) {
        if (e instanceof CardException card) {
            return new StripeRefused(card.getUserMessage() != null ? card.getUserMessage() : "The card was declined");
        }
        if (e instanceof com.stripe.exception.InvalidRequestException refused) {
            // Stripe answered and said no (a state or parameter it will not accept): retrying will not help
            log.error("Stripe refused to {}: {} (request {}, status {})", what, refused.getMessage(),
                    refused.getRequestId(), refused.getStatusCode());
            return new StripeRefused("The payment service refused this: "
                    + (refused.getStripeError() != null && refused.getStripeError().getMessage() != null
                            ? refused.getStripeError().getMessage() : "invalid request"));
        }
        log.error("Stripe could not {}: {} (request {}, status {})", what, e.getMessage(), e.getRequestId(),
                e.getStatusCode());
        return new StripeUnavailable("The payment service is not answering; please try again in a moment");
    }

    /** A PaymentIntent as the browser needs it to collect the card. */
    public record StartedPayment(String paymentIntentId, String clientSecret, String status,
            @Nullable String customerId) {
    }

    public record IssuedRefund(String refundId, String status) {
    }

    /**
     * @param paymentIntentId null when Stripe refused before creating one
     * @param declineReason why the card was declined, when it was
     */
    public record OffSessionCharge(@Nullable String paymentIntentId, String status, @Nullable String declineReason) {
    }

    /**
     * What a hosted checkout page asks for.
     *
     * @param reference our id for what is paid (booking or order), shown in Stripe's dashboard
     * @param customerId the Stripe customer to keep the card on, or null to ask for the email
     * @param saveCard keep the card for charging a balance later, off session
     * @param payee the marketplace chef who is paid, or null when the platform itself sells
     */
    public record CheckoutPage(Money amount, String itemName, String reference, @Nullable String customerId,
            @Nullable String customerEmail, Map<String, String> metadata, boolean saveCard, String successUrl,
            String cancelUrl, java.time.Instant expiresAt, @Nullable Payee payee) {
    }

    /** A chef's connected account, paid the amount less the platform's fee. */
    public record Payee(String accountId, Money platformFee) {
    }

    /** A hosted checkout page to send the customer to. */
    public record HostedCheckout(String sessionId, String url, java.time.Instant expiresAt) {
    }

    /**
     * A chef's connected account as Stripe reports it.
     *
     * @param disabledReason why Stripe holds back charges or payouts, when it does
     * @param currentlyDue what Stripe still needs from the chef
     */
    public record ConnectedAccount(String accountId, boolean chargesEnabled, boolean payoutsEnabled,
            boolean detailsSubmitted, @Nullable String disabledReason, java.util.List<String> currentlyDue) {

        static ConnectedAccount of(com.stripe.model.Account account) {
            var requirements = account.getRequirements();
            return new ConnectedAccount(account.getId(), Boolean.TRUE.equals(account.getChargesEnabled()),
                    Boolean.TRUE.equals(account.getPayoutsEnabled()), Boolean.TRUE.equals(account.getDetailsSubmitted()),
                    requirements == null ? null : requirements.getDisabledReason(),
                    requirements == null || requirements.getCurrentlyDue() == null ? java.util.List.of()
                            : java.util.List.copyOf(requirements.getCurrentlyDue()));
        }
    }
}
