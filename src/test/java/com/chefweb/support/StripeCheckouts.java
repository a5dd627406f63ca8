package com.chefweb.support;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the fake Stripe was asked for a marketplace order's checkout, and the webhook Stripe sends once it is paid. */
public final class StripeCheckouts {

    private StripeCheckouts() {
    }

    /** The form of the last Checkout Session created, decoded. */
    public static String lastCheckoutForm() {
        return URLDecoder.decode(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions")))
                .getLast().getBodyAsString(), StandardCharsets.UTF_8);
    }

    /** A value of the PaymentIntent's metadata in a checkout form, such as {@code order_id}. */
    public static String metadata(String form, String key) {
        Matcher found = Pattern.compile("payment_intent_data\\[metadata]\\[" + key + "]=([^&]+)").matcher(form);
        assertThat(found.find()).as(form).isTrue();
        return found.group(1);
    }

    /** A new PaymentIntent id, as Stripe makes them. */
    public static String intent(String prefix) {
        return "pi_" + prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** payment_intent.succeeded for a marketplace order. */
    public static String orderPaid(String intent, String orderType, String orderId, long cents) {
        return StripeEvents.event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", """
                {"id":"%s","object":"payment_intent","amount":%d,"currency":"usd","status":"succeeded",
                 "metadata":{"order_type":"%s","order_id":"%s"}}""".formatted(intent, cents, orderType, orderId));
    }
}
