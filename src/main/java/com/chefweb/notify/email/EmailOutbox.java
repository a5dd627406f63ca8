package com.chefweb.notify.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
 * Every email goes through here: written down first (once per cause), then sent by a job outside any transaction,
 * retried with growing pauses when SendGrid is unreachable or busy, and given up as failed (visible to admins, who
 * can send it again) when SendGrid refuses it or every attempt has failed.
 */
@Service
@EnableConfigurationProperties(EmailSettings.class)
public class EmailOutbox {

    private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);
    /**
     * A claimed batch is the run's for this long: longer than sending the whole batch can take (10 emails at most
     * 20 s each with the default timeouts), so another run never sends one of them again.
     */
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 10;

    private final EmailRepository emails;
    private final SendGridMailer mailer;
    private final EmailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailOutbox(EmailRepository emails, SendGridMailer mailer, EmailSettings settings,
            TransactionTemplate transactions, Clock clock) {
        this.emails = emails;
        this.mailer = mailer;
        this.settings = settings;
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
        List<SentEmail> due;
        do {
            due = transactions.execute(status -> emails.claimDue(clock.instant(), LEASE, BATCH));
            due.forEach(this::deliver);
            tried += due.size();
        } while (due.size() == BATCH);
        return tried;
    }

    private void deliver(SentEmail email) {
        SendGridMailer.Outcome outcome = mailer.send(email);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            switch (outcome.status()) {
                case "sent" -> emails.markSent(email.id(), EmailStatus.SENT, outcome.providerMessageId(), now);
                case "logged" -> emails.markSent(email.id(), EmailStatus.LOGGED, null, now);
                case "refused" -> emails.markFailed(email.id(), String.valueOf(outcome.error()));
                default -> {
                    if (email.attempts() >= settings.maxAttempts()) {
                        emails.markFailed(email.id(), String.valueOf(outcome.error()));
                    } else {
                        emails.retryLater(email.id(), String.valueOf(outcome.error()), now.plus(pause(email.attempts())));
                    }
                }
            }
        });
        switch (outcome.status()) {
            case "refused" -> log.error("SendGrid refused the {} email {} to {}: {}", email.kind(), email.id(),
                    email.recipient(), outcome.error());
            case "retry" -> log.warn("The {} email {} to {} was not sent (attempt {} of {}): {}", email.kind(),
                    email.id(), email.recipient(), email.attempts(), settings.maxAttempts(), outcome.error());
            default -> log.info("Email {} ({}) to {}: {}", email.id(), email.kind(), email.recipient(), outcome.status());
        }
    }

    /** 1, 2, 4 ... minutes after each failed attempt, at most 2 hours. */
    static Duration pause(int attemptsSoFar) {
        long minutes = 1L << Math.min(Math.max(attemptsSoFar - 1, 0), 7);
        return Duration.ofMinutes(Math.min(minutes, 120));
    }

    @Transactional(readOnly = true)
    public List<SentEmail> page(@Nullable String status, @Nullable String recipient, @Nullable String kind, int limit,
            int offset) {
        return emails.page(status, recipient, kind, limit, offset);
    }

    @Transactional(readOnly = true)
    public int count(@Nullable String status, @Nullable String recipient, @Nullable String kind) {
        return emails.count(status, recipient, kind);
    }

    /**
     * Sends a failed email again.
     *
     * @throws Refusal 404 for an unknown email, 409 when it is not failed
     */
    @Transactional
    public SentEmail resend(UUID id) {
        SentEmail email = emails.find(id).orElseThrow(() -> Refusal.notFound("Email not found"));
        if (!emails.requeue(id, clock.instant())) {
            throw Refusal.conflict("Only a failed email can be sent again; this one is " + email.status().code());
        }
        return emails.find(id).orElseThrow();
    }
}
