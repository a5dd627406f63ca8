package com.chefweb.notify.outbox;

import java.net.URI;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends one text through Twilio's Messages API with the real SDK. Its HTTP client is Twilio's own, with timeouts,
 * unless another is supplied (tests supply one that answers as Twilio would). Without an account it logs the text.
 */
@Component
class TwilioTexter {

    private static final Logger log = LoggerFactory.getLogger(TwilioTexter.class);
    /** Twilio's code for a recipient who replied STOP: it will never take a text to them. */
    private static final int UNSUBSCRIBED_RECIPIENT = 21610;

    private final TextSettings settings;
    private final @Nullable TwilioRestClient twilio;

    TwilioTexter(TextSettings settings, ObjectProvider<HttpClient> httpClient) {
        this.settings = settings;
        if (!settings.sendingConfigured()) {
            log.info("Twilio is not configured (CHEFWEB_TWILIO_ACCOUNT_SID, CHEFWEB_TWILIO_AUTH_TOKEN): texts are "
                    + "recorded and logged, not sent");
            this.twilio = null;
            return;
        }
        if (settings.fromNumber().isEmpty() && settings.messagingServiceSid().isEmpty()) {
            throw new IllegalStateException("CHEFWEB_TWILIO_FROM_NUMBER or CHEFWEB_TWILIO_MESSAGING_SERVICE_SID must "
                    + "be set when Twilio is");
        }
        HttpClient http = httpClient.getIfAvailable(() -> new NetworkHttpClient(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
                .setResponseTimeout(Timeout.of(settings.readTimeout()))
                .build()));
        this.twilio = new TwilioRestClient.Builder(settings.accountSid(), settings.authToken()).httpClient(http).build();
    }

    /** @return what happened; never throws for a delivery problem, so the caller can record it */
    Delivery send(OutgoingMessage text) {
        if (twilio == null) {
            log.info("Text not sent (no Twilio account) to {}: {}", text.recipient(), text.text());
            return Delivery.logged();
        }
        PhoneNumber to = new PhoneNumber(text.recipient());
        MessageCreator creator = settings.messagingServiceSid().isEmpty()
                ? Message.creator(to, new PhoneNumber(settings.fromNumber()), text.text())
                : Message.creator(to, settings.messagingServiceSid(), text.text());
        if (!settings.publicBaseUrl().isEmpty()) {
            creator.setStatusCallback(URI.create(settings.statusCallbackUrl()));
        }
        try {
            Message message = creator.create(twilio);
            return Delivery.sent(message.getSid());
        } catch (ApiException e) {
            Integer status = e.getStatusCode();
            String error = "Twilio answered " + status + " (code " + e.getCode() + "): " + e.getMessage();
            if (e.getCode() != null && e.getCode() == UNSUBSCRIBED_RECIPIENT) {
                return Delivery.refused("The recipient replied STOP: " + error);
            }
            // 429 and 5xx are worth another try; any other 4xx is a text Twilio will never accept
            return status == null || status == 429 || status >= 500 ? Delivery.retry(error) : Delivery.refused(error);
        } catch (ApiConnectionException e) {
            return Delivery.retry("Twilio could not be reached: " + e.getMessage());
        } catch (TwilioException e) {
            return Delivery.retry("Twilio's answer could not be read: " + e.getMessage());
        }
    }
}
