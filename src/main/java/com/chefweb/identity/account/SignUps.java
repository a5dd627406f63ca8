package com.chefweb.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.SignUpConfirmationRequested;
import com.chefweb.identity.events.SignUpTriedForExistingAccount;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.refusal.Refusal;

/**
 * Storefront sign-up that tells nobody which addresses have accounts: it answers the same either way, and the email
 * says what happened. A new address gets a link that opens the account (so an address is only ever taken by who
 * reads it); an address with an account gets a note to its owner instead. Both paths hash the password, so they
 * take about as long.
 */
@Service
public class SignUps {

    private final Accounts accounts;
    private final AccountRepository accountRepository;
    private final SignUpRepository repository;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String serviceUrl;
    private final Duration linkValidFor;

    SignUps(Accounts accounts, AccountRepository accountRepository, SignUpRepository repository,
            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
            @Value("${chefweb.marketplace.service-url:http://localhost:4000}") String serviceUrl,
            @Value("${chefweb.sign-up.link-valid-for:PT24H}") Duration linkValidFor) {
        this.accounts = accounts;
        this.accountRepository = accountRepository;
        this.repository = repository;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.serviceUrl = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
        this.linkValidFor = linkValidFor;
    }

    /**
     * Starts a sign-up; the caller answers the same whatever happened here.
     *
     * @throws Refusal.Invalid with field errors for a bad email, name or password (which reveal nobody's account)
     */
    @Transactional
    public void request(@Nullable String email, @Nullable String name, @Nullable String password) {
        Accounts.Applicant applicant = accounts.checked(email, name, password);
        String passwordHash = passwords.encode(password);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String token = Digests.randomToken();
        Instant expiresAt = now.plus(linkValidFor);
        // both paths keep a sign-up, so they do the same work; one for a taken address is never sent, and a link to
        // it could only meet the account and stop
        repository.insert(id, applicant.email().value(), applicant.name(), passwordHash, Digests.sha256Hex(token), now,
                expiresAt);
        var existing = accountRepository.findCredentials(applicant.email().value());
        if (existing.isPresent()) {
            UserAccount account = existing.get().account();
            events.publishEvent(new SignUpTriedForExistingAccount(account.id(), account.email(), account.name(), now));
            return;
        }
        events.publishEvent(new SignUpConfirmationRequested(id, applicant.email().value(), applicant.name(),
                serviceUrl + "/auth/finish-sign-up?token=" + token, expiresAt, now));
    }

    /**
     * Opens the account the emailed link stands for, with the password chosen at sign-up: the link proves its
     * follower reads the address, the password that they are who signed up (so nobody can sign up with someone
     * else's address and have its owner open the account for them).
     *
     * @throws Refusal.Rejected for a link that is unknown, used or expired
     * @throws Refusal.Invalid for another password than the one chosen at sign-up (the link still works)
     * @throws Refusal.Conflict when the address got an account meanwhile (the link's holder reads that address)
     */
    @Transactional
    public UserAccount finish(@Nullable String token, @Nullable String password) {
        Instant now = clock.instant();
        SignUpRepository.Pending pending = token == null || token.isBlank() ? null
                : repository.lockOpen(Digests.sha256Hex(token.strip()), now).orElse(null);
        if (pending == null) {
            throw Refusal.rejected("This sign-up link is used or expired. Sign up again to get a new one.");
        }
        if (password == null || !passwords.matches(password, pending.passwordHash())) {
            throw Refusal.invalid("password", "Enter the password you chose when you signed up");
        }
        repository.finish(pending.id(), now);
        UserAccount account = new UserAccount(UUID.randomUUID(), pending.email(), pending.name(), Role.CUSTOMER, null,
                now, null, null);
        if (!accountRepository.insert(account, pending.passwordHash(), true)) {
            throw Refusal.conflict("This address has an account already: sign in with it.");
        }
        return account;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "forget-old-sign-ups")
    @Transactional
    void forgetOld() {
        repository.deleteOlderThan(clock.instant().minus(Duration.ofDays(1)));
    }
}
