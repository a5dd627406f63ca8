package com.chefweb.notify.outbox;

import java.io.IOException;
import java.net.URI;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClients;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one email through SendGrid's v3 mail API with the real SDK, with timeouts. Without an API key it writes the
 * email to the log instead, so nothing is lost in development and nothing pretends to have been delivered.
 */
@Component
class SendGridMailer {

    private static final Logger log = LoggerFactory.getLogger(SendGridMailer.class);

    private final EmailSettings settings;
    private final @Nullable SendGrid sendGrid;

    SendGridMailer(EmailSettings settings) {
        this.settings = settings;
        if (!settings.sendingConfigured()) {
            log.info("SendGrid is not configured (CHEFWEB_SENDGRID_API_KEY): emails are recorded and logged, not sent");
            this.sendGrid = null;
            return;
        }
        if (settings.fromEmail().isEmpty()) {
            throw new IllegalStateException("CHEFWEB_NOTIFY_FROM_EMAIL must be set (a sender SendGrid has verified) "
                    + "when CHEFWEB_SENDGRID_API_KEY is");
        }
        URI base = URI.create(settings.sendgridApiBase());
        // the SDK's "test" client speaks plain http: only for a fake on this machine
        boolean plainHttp = "http".equals(base.getScheme());
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setConnectionRequestTimeout((int) settings.connectTimeout().toMillis())
                .setSocketTimeout((int) settings.readTimeout().toMillis())
                .build();
        SendGrid client = new SendGrid(settings.sendgridApiKey(),
                new Client(HttpClients.custom().setDefaultRequestConfig(timeouts).build(), plainHttp));
        client.setHost(base.getPort() > 0 ? base.getHost() + ":" + base.getPort() : base.getHost());
        this.sendGrid = client;
    }

    /**
     * @return what happened; never throws for a delivery problem, so the caller can record it
     */
    Delivery send(OutgoingMessage email) {
        if (sendGrid == null) {
            log.info("Email not sent (no SendGrid key) to {}: {}\n{}", email.recipient(), email.subject(), email.text());
            return Delivery.logged();
        }
        Mail mail = new Mail(new Email(settings.fromEmail(),
                email.fromName() == null ? settings.fromName() : email.fromName()), email.subject(),
                new Email(email.recipient()), new Content("text/plain", email.text()));
        mail.addContent(new Content("text/html", email.html()));
        // SendGrid has no idempotency key; the email's id travels along so a duplicate can at least be recognised
        mail.addCustomArg("email_id", email.id().toString());
        try {
            Request request = new Request();
            request.setMethod(Method.POST);
            request.setEndpoint("mail/send");
            request.setBody(mail.build());
            Response response = sendGrid.api(request);
            int status = response.getStatusCode();
            if (status >= 200 && status < 300) {
                return Delivery.sent(response.getHeaders().get("X-Message-Id"));
            }
            String error = "SendGrid answered " + status + ": " + Delivery.abbreviated(response.getBody());
            // 429 and 5xx are worth another try; any other 4xx is a message SendGrid will never accept
            return status == 429 || status >= 500 ? Delivery.retry(error) : Delivery.refused(error);
        } catch (IOException e) {
            return Delivery.retry("SendGrid could not be reached: " + e.getMessage());
        }
    }
}
