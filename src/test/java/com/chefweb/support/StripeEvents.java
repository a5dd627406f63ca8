package com.chefweb.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Stripe events as Stripe sends them: the JSON envelope, and the signature header over the raw body. */
public final class StripeEvents {

    private StripeEvents() {
    }

    public static String paymentSucceeded(String eventId, String paymentIntentId, long amount) {
        return event(eventId, "payment_intent.succeeded", """
                {"id":"%s","object":"payment_intent","amount":%d,"amount_received":%d,"status":"succeeded"}"""
                .formatted(paymentIntentId, amount, amount));
    }

    /** A success that saved the card, as a deposit with setup_future_usage does. */
    public static String paymentSucceededWithCard(String eventId, String paymentIntentId, long amount,
            String paymentMethodId) {
        return event(eventId, "payment_intent.succeeded", """
                {"id":"%s","object":"payment_intent","amount":%d,"amount_received":%d,"status":"succeeded",
                 "payment_method":"%s"}""".formatted(paymentIntentId, amount, amount, paymentMethodId));
    }

    /**
     * A success for a PaymentIntent that Stripe Checkout made (a payment link): the service has never seen the id,
     * only the metadata it gave the session.
     */
    public static String checkoutPaymentSucceeded(String eventId, String paymentIntentId, long amount, String bookingId,
            String purpose, String paymentMethodId) {
        return event(eventId, "payment_intent.succeeded", """
                {"id":"%s","object":"payment_intent","amount":%d,"amount_received":%d,"currency":"usd",
                 "status":"succeeded","customer":"cus_checkout","payment_method":"%s",
                 "metadata":{"order_type":"booking","booking_id":"%s","purpose":"%s"}}"""
                .formatted(paymentIntentId, amount, amount, paymentMethodId, bookingId, purpose));
    }

    /** Stripe's report on a chef's connected account, as the Connect endpoint receives it. */
    public static String accountUpdated(String eventId, String accountId, boolean active, Instant created,
            String... currentlyDue) {
        String due = java.util.Arrays.stream(currentlyDue).map(item -> "\"" + item + "\"")
                .collect(java.util.stream.Collectors.joining(","));
        return """
                {"id":"%s","object":"event","api_version":"2025-01-27.acacia","created":%d,"type":"account.updated",
                 "account":"%s","livemode":false,"data":{"object":{"id":"%s","object":"account",
                 "charges_enabled":%b,"payouts_enabled":%b,"details_submitted":%b,
                 "requirements":{"currently_due":[%s],"disabled_reason":%s}}}}"""
                .formatted(eventId, created.getEpochSecond(), accountId, accountId, active, active,
                        active || currentlyDue.length < 2, due, active ? "null" : "\"requirements.past_due\"");
    }

    public static String paymentFailed(String eventId, String paymentIntentId, String message) {
        return event(eventId, "payment_intent.payment_failed", """
                {"id":"%s","object":"payment_intent","status":"requires_payment_method",
                 "last_payment_error":{"message":"%s"}}""".formatted(paymentIntentId, message));
    }

    public static String chargeRefunded(String eventId, String paymentIntentId, long amount, long refunded) {
        return event(eventId, "charge.refunded", """
                {"id":"ch_%s","object":"charge","payment_intent":"%s","amount":%d,"amount_refunded":%d,"refunded":%b}"""
                .formatted(eventId, paymentIntentId, amount, refunded, refunded >= amount));
    }

    public static String disputeCreated(String eventId, String paymentIntentId, long amount) {
        return event(eventId, "charge.dispute.created", """
                {"id":"dp_%s","object":"dispute","payment_intent":"%s","amount":%d,"reason":"fraudulent"}"""
                .formatted(eventId, paymentIntentId, amount));
    }

    public static String event(String id, String type, String object) {
        return """
                {"id":"%s","object":"event","api_version":"2025-01-27.acacia","created":%d,"type":"%s",
                 "livemode":false,"data":{"object":%s}}""".formatted(id, Instant.now().getEpochSecond(), type, object);
    }

    /** The Stripe-Signature header: {@code t=<unix time>,v1=<hex HMAC-SHA256 of "t.payload">}. */
    public static String signature(String payload, String secret, Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            long timestamp = at.getEpochSecond();
            byte[] digest = mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> signedHeaders(String payload) {
        return signedHeaders(payload, Instant.now());
    }

    /** Signed at the given time: the service's own time, when a test has moved its clock. */
    public static Map<String, String> signedHeaders(String payload, Instant at) {
        return Map.of("Content-Type", "application/json",
                "Stripe-Signature", signature(payload, FakeStripe.WEBHOOK_SECRET, at));
    }
}
