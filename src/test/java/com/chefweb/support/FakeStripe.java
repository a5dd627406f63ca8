package com.chefweb.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stripe's HTTP API faked with WireMock, so the real stripe-java client sends its real requests. Like Stripe, the
 * same idempotency key gets the same object back (its id is derived from the key).
 */
public final class FakeStripe {

    public static final String WEBHOOK_SECRET = "whsec_test_secret_for_signing_events";

    private static final WireMockServer SERVER = start();

    private FakeStripe() {
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /** Points the service at the fake, with test keys. */
    public static void register(DynamicPropertyRegistry properties) {
        properties.add("chefweb.stripe.api-base", SERVER::baseUrl);
        properties.add("chefweb.stripe.secret-key", () -> "sk_test_fake");
        properties.add("chefweb.stripe.publishable-key", () -> "pk_test_fake");
        properties.add("chefweb.stripe.webhook-secret", () -> WEBHOOK_SECRET);
        properties.add("chefweb.stripe.max-network-retries", () -> "2");
    }

    /** Restores the normal answers: PaymentIntents and refunds are created. */
    public static void reset() {
        SERVER.resetAll();
        SERVER.stubFor(post(urlPathEqualTo("/v1/payment_intents")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withHeader("Request-Id", "req_fake")
                .withBody("""
                        {"id": "pi_{{replace request.headers.Idempotency-Key ':' '_'}}",
                         "object": "payment_intent",
                         "amount": {{formData request.body 'form'}}{{form.amount}},
                         "currency": "{{form.currency}}",
                         "status": "{{#if form.confirm}}succeeded{{else}}requires_payment_method{{/if}}",
                         "client_secret": "pi_{{replace request.headers.Idempotency-Key ':' '_'}}_secret_fake",
                         "livemode": false}""")
                .withTransformers("response-template")));
        // like Stripe, an id it does not know is a 404 with an invalid_request_error (tests stub the ones they know)
        SERVER.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/payment_intents/.+"))
                .atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\": {\"type\": \"invalid_request_error\", \"code\": \"resource_missing\","
                                + " \"message\": \"No such payment_intent\"}}")));
        SERVER.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/payment_intents/([^/]+)/cancel"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"id\": \"{{request.pathSegments.[2]}}\", \"object\": \"payment_intent\", \"status\": \"canceled\"}")
                        .withTransformers("response-template")));
        SERVER.stubFor(post(urlPathEqualTo("/v1/customers")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\": \"cus_{{replace request.headers.Idempotency-Key ':' '_'}}\", \"object\": \"customer\"}")
                .withTransformers("response-template")));
        // Checkout Sessions: the id comes from the idempotency key, the expiry is the one asked for
        SERVER.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "cs_{{replace request.headers.Idempotency-Key ':' '_'}}", "object": "checkout.session",
                         {{formData request.body 'form'}}"expires_at": {{form.expires_at}}, "status": "open",
                         "mode": "payment",
                         "url": "https://checkout.stripe.test/c/pay/cs_{{replace request.headers.Idempotency-Key ':' '_'}}"}""")
                .withTransformers("response-template")));
        SERVER.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/checkout/sessions/([^/]+)/expire"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"id\": \"{{request.pathSegments.[3]}}\", \"object\": \"checkout.session\", \"status\": \"expired\"}")
                        .withTransformers("response-template")));
        // Connect: a new Express account (not yet able to take charges), and onboarding links for it
        SERVER.stubFor(post(urlPathEqualTo("/v1/accounts")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "acct_{{replace request.headers.Idempotency-Key ':' '_'}}", "object": "account",
                         "type": "express", "charges_enabled": false, "payouts_enabled": false,
                         "details_submitted": false,
                         "requirements": {"currently_due": ["external_account", "tos_acceptance.date"],
                                          "disabled_reason": "requirements.past_due"}}""")
                .withTransformers("response-template")));
        SERVER.stubFor(post(urlPathEqualTo("/v1/account_links")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"object": "account_link", "expires_at": 4102444800,
                         {{formData request.body 'form'}}"url": "https://connect.stripe.test/setup/e/{{form.account}}/{{randomValue length=10 type='ALPHANUMERIC'}}"}""")
                .withTransformers("response-template")));
        SERVER.stubFor(post(urlPathEqualTo("/v1/refunds")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"id": "re_{{randomValue length=14 type='ALPHANUMERIC'}}", "object": "refund",
                         {{formData request.body 'form'}}"amount": {{#if form.amount}}{{form.amount}}{{else}}0{{/if}}, "status": "succeeded",
                         "payment_intent": "{{form.payment_intent}}"}""")
                .withTransformers("response-template")));
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }
}
