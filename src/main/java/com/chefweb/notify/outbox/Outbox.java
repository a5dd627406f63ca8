package com.chefweb.notify.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.shared.refusal.Refusal;

/**
 * Every email and text goes through here: written down first (once per cause, in the caller's transaction), then
 * sent by a job outside any transaction, retried with growing, jittered pauses when the provider is unreachable or
 * busy, and given up as failed with the reason (visible to admins, who can send it again) when the provider refuses
 * it or the channel's attempts are spent. A text to a number that replied STOP is not sent.
 */
@Service
@EnableConfigurationProperties({ EmailSettings.class, TextSettings.class })
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /**
     * A claimed batch is the run's for this long: longer than sending the whole batch can take (10 emails at most
     * 20 s each with the default timeouts), so another run never sends one of them again.
     */
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 10;
    /** The words carriers and Twilio treat as opting out of, and back into, a sender's texts. */
    private static final Set<String> OPT_OUT_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE",
            "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE");
    private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP", "YES");
    private static final Set<String> FINAL_DELIVERY = Set.of("delivered", "undelivered", "failed");

    private final OutboxRepository emails;
    private final SendGridMailer mailer;
    private final TwilioTexter texter;
    private final EmailSettings settings;
    private final TextSettings textSettings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Outbox(OutboxRepository emails, SendGridMailer mailer, TwilioTexter texter, EmailSettings settings,
            TextSettings textSettings, TransactionTemplate transactions, Clock clock) {
        this.emails = emails;
        this.mailer = mailer;
        this.texter = texter;
        this.settings = settings;
        this.textSettings = textSettings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues an email in the caller's transaction; the same cause twice is one email. */
    @Transactional
    public void queue(EmailDraft draft) {
        if (!emails.queue(draft, clock.instant())) {
            log.debug("Email for {} is queued already", draft.cause());
        }
    }

    /** Queues a text in the caller's transaction; the same cause twice is one text. */
    @Transactional
    public void queue(TextDraft draft) {
        if (!emails.queue(draft, clock.instant())) {
            log.debug("Text for {} is queued already", draft.cause());
        }
    }

    /** A reply from a customer's phone: STOP and its kin end texts to the number, START brings them back. */
    @Transactional
    public void heardReply(String phone, String body) {
        String word = body.strip().toUpperCase(Locale.ROOT);
        if (OPT_OUT_WORDS.contains(word)) {
            if (emails.optOut(phone, word, clock.instant())) {
                log.info("{} replied {}: no more texts to it", phone, word);
            }
        } else if (OPT_IN_WORDS.contains(word) && emails.optIn(phone)) {
            log.info("{} replied {}: texts to it resume", phone, word);
        }
    }

    /** Twilio's report on a text it took; only its final word (delivered, undelivered, failed) is kept. */
    @Transactional
    public void heardDelivery(String providerMessageId, String status, @Nullable String errorCode) {
        if (!FINAL_DELIVERY.contains(status)) {
            return;
        }
        String error = errorCode == null || errorCode.isBlank() ? null : "Twilio error " + errorCode;
        if (emails.recordDelivery(providerMessageId, status, error, clock.instant())) {
            if (!status.equals("delivered")) {
                log.warn("Text {} was not delivered: {} {}", providerMessageId, status, error == null ? "" : error);
            }
        } else {
            log.debug("Delivery report for {} ignored: not ours, or reported already", providerMessageId);
        }
    }

    /** Who is alerted when something needs a person; empty when nobody is configured. */
    public List<String> adminRecipients() {
        return settings.adminEmails();
    }

    @Scheduled(fixedDelayString = "${chefweb.notify.send-every:PT5S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "send-queued-emails", lockAtMostFor = "PT5M")
    void scheduled() {
        sendDue();
    }

    /** Sends every email that is due, a batch at a time. @return how many were tried */
    public int sendDue() {
        int tried = 0;
        List<OutgoingMessage> due;
        do {
            due = transactions.execute(status -> emails.claimDue(clock.instant(), LEASE, BATCH));
            due.forEach(this::deliver);
            tried += due.size();
        } while (due.size() == BATCH);
        return tried;
    }

    private void deliver(OutgoingMessage email) {
        Delivery outcome = switch (email.channel()) {
            case EMAIL -> mailer.send(email);
            case SMS -> transactions.execute(status -> emails.optedOut(email.recipient()))
                    ? Delivery.refused("The recipient replied STOP; texts to " + email.recipient() + " are off")
                    : texter.send(email);
        };
        int maxAttempts = email.channel() == Channel.SMS ? textSettings.maxAttempts() : settings.maxAttempts();
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            switch (outcome.status()) {
                case "sent" -> emails.markSent(email.id(), MessageStatus.SENT, outcome.providerMessageId(), now);
                case "logged" -> emails.markSent(email.id(), MessageStatus.LOGGED, null, now);
                case "refused" -> emails.markFailed(email.id(), String.valueOf(outcome.error()));
                default -> {
                    if (email.attempts() >= maxAttempts) {
                        emails.markFailed(email.id(), String.valueOf(outcome.error()));
                    } else {
                        emails.retryLater(email.id(), String.valueOf(outcome.error()), now.plus(pause(email.attempts())));
                    }
                }
            }
        });
        switch (outcome.status()) {
            case "refused" -> log.error("The {} {} {} to {} was refused: {}", email.kind(), email.channel().code(),
                    email.id(), email.recipient(), outcome.error());
            case "retry" -> log.warn("The {} {} {} to {} was not sent (attempt {} of {}): {}", email.kind(),
                    email.channel().code(), email.id(), email.recipient(), email.attempts(), maxAttempts,
                    outcome.error());
            default -> log.info("{} {} ({}) to {}: {}", email.channel().code(), email.id(), email.kind(),
                    email.recipient(), outcome.status());
        }
    }

    /**
     * 1, 2, 4 ... minutes after each failed attempt, at most 2 hours, less up to a fifth at random, so messages that
     * failed together (a provider outage) do not all come back at the same moment.
     */
    static Duration pause(int attemptsSoFar) {
        long minutes = 1L << Math.min(Math.max(attemptsSoFar - 1, 0), 7);
        Duration pause = Duration.ofMinutes(Math.min(minutes, 120));
        long jitter = ThreadLocalRandom.current().nextLong(pause.toMillis() / 5 + 1);
        return pause.minusMillis(jitter);
    }

    @Transactional(readOnly = true)
    public List<OutgoingMessage> page(Filter filter, int limit, int offset) {
        return emails.page(filter, limit, offset);
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        return emails.count(filter);
    }

    /** What has been queued, in this transaction or before, for causes that contain the fragment. */
    @Transactional(readOnly = true)
    public List<OutgoingMessage> queuedFor(String causeFragment) {
        return emails.withCauseContaining(causeFragment);
    }

    /**
     * Sends a failed email or text again.
     *
     * @throws Refusal 404 for an unknown email, 409 when it is not failed
     */
    @Transactional
    public OutgoingMessage resend(UUID id) {
        OutgoingMessage email = emails.find(id).orElseThrow(() -> Refusal.notFound("Notification not found"));
        if (!emails.requeue(id, clock.instant())) {
            throw Refusal.conflict("Only a failed message can be sent again; this one is " + email.status().code());
        }
        return emails.find(id).orElseThrow();
    }
}
