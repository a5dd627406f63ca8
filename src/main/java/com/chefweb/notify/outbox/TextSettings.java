package com.chefweb.notify.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing texts ({@code chefweb.notify.sms}). Without a Twilio account every text is still written down and logged,
 * but not sent. Texts go only to customers who agreed to them, and never to a number that replied STOP.
 *
 * @param fromNumber the Twilio number texts come from (E.164); or use a messaging service
 * @param messagingServiceSid a Twilio messaging service to send through instead of one number
 * @param publicBaseUrl this service's address as Twilio reaches it: the status callback is sent there, and Twilio's
 *     signatures are checked against it
 * @param maxAttempts attempts before a text is given up as failed
 */
@ConfigurationProperties("chefweb.notify.sms")
public record TextSettings(String accountSid, String authToken, String fromNumber, String messagingServiceSid,
        String publicBaseUrl, int maxAttempts, Duration connectTimeout, Duration readTimeout) {

    public TextSettings {
        accountSid = accountSid == null ? "" : accountSid.strip();
        authToken = authToken == null ? "" : authToken.strip();
        fromNumber = fromNumber == null ? "" : fromNumber.strip();
        messagingServiceSid = messagingServiceSid == null ? "" : messagingServiceSid.strip();
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
        maxAttempts = maxAttempts <= 0 ? 5 : maxAttempts;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
    }

    public boolean sendingConfigured() {
        return !accountSid.isEmpty() && !authToken.isEmpty();
    }

    /** Where Twilio reports a text's fate; signatures are computed over this exact address. */
    public String statusCallbackUrl() {
        return publicBaseUrl + "/api/webhooks/twilio/status";
    }

    public String inboundUrl() {
        return publicBaseUrl + "/api/webhooks/twilio/inbound";
    }
}
