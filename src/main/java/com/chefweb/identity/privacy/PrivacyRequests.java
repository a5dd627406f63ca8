package com.chefweb.identity.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.Role;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.identity.events.PersonalDataAnswered;
import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.identity.privacy.PrivacyRequest.Kind;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;

/**
 * A person's right to know what is held about them and to have it erased: identity answers for itself at once, asks
 * every other module for its part by event, and gathers their answers. Customers ask for themselves; staff ask for a
 * storefront customer known only by email. Every request is in the audit log, naming the person by request id only.
 */
@Service
public class PrivacyRequests {

    /**
     * Every module that holds personal data and answers a privacy request. A module that begins to hold some joins
     * this list with its answering listener; a request is done when all have answered.
     */
    public static final Set<String> HOLDERS = Set.of(IdentityPersonalData.HOLDER, "booking", "payment", "crm",
            "chatbot", "notify", "chefs");

    private static final Logger log = LoggerFactory.getLogger(PrivacyRequests.class);

    private final PrivacyRepository repository;
    private final IdentityPersonalData identityData;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyRequests(PrivacyRepository repository, IdentityPersonalData identityData, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.identityData = identityData;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A signed-in person asks for a copy of their data. */
    @Transactional
    public PrivacyRequest exportOwn(Actor actor) {
        UserAccount account = ownAccount(actor);
        return export(account.id(), account.email(), actor);
    }

    /** Staff ask for a copy of what is held about the person with this email address, with an account or without. */
    @Transactional
    public PrivacyRequest exportFor(String email, Actor staff) {
        String address = parsed(email);
        return export(accounts.findByEmail(address).map(UserAccount::id).orElse(null), address, staff);
    }

    /**
     * A signed-in person erases themselves, confirming with their password: their sign-in ends at once.
     *
     * @throws Refusal.Invalid when the password is not theirs
     * @throws Refusal.Conflict while their email address is not confirmed
     * @throws Refusal.Conflict for a chef's or staff account, which support closes so no customer is left waiting
     */
    @Transactional
    public PrivacyRequest eraseOwn(Actor actor, @Nullable String password) {
        UserAccount account = ownAccount(actor);
        if (!accounts.passwordMatches(account.id(), password)) {
            throw Refusal.invalid("password", "That is not your password");
        }
        return erase(account, account.email(), actor);
    }

    /**
     * Staff erase the person with this email address: a storefront customer, with an account or without.
     *
     * @throws Refusal.Conflict for a chef's or staff account
     */
    @Transactional
    public PrivacyRequest eraseFor(String email, Actor staff) {
        String address = parsed(email);
        return erase(accounts.findByEmail(address).orElse(null), address, staff);
    }

    /** One of the actor's own requests; anyone else's is as if it did not exist. */
    @Transactional(readOnly = true)
    public Optional<PrivacyRequest> findOwn(UUID id, Actor actor) {
        return repository.find(id, HOLDERS).filter(request -> request.requestedBy().equals(actor.id()));
    }

    /** Any request, for the admins who answer them. */
    @Transactional(readOnly = true)
    public Optional<PrivacyRequest> find(UUID id) {
        return repository.find(id, HOLDERS);
    }

    @Transactional(readOnly = true)
    public List<PrivacyRequest> page(int limit, int offset) {
        return repository.page(null, limit, offset, HOLDERS);
    }

    @Transactional(readOnly = true)
    public int count() {
        return repository.count();
    }

    @ApplicationModuleListener
    void on(PersonalDataAnswered answer) {
        if (!HOLDERS.contains(answer.holder())) {
            throw new IllegalStateException("A privacy answer from " + answer.holder() + ", which is not among "
                    + "the holders of personal data; add it to PrivacyRequests.HOLDERS");
        }
        if (!repository.lock(answer.requestId())) {
            log.info("Privacy answer from {} for request {}, which is no longer kept", answer.holder(),
                    answer.requestId());
            return;
        }
        repository.insertAnswer(answer.requestId(), answer.holder(), answer.content(), clock.instant());
        completeIfAnswered(answer.requestId());
    }

    private PrivacyRequest export(@Nullable UUID userId, String email, Actor actor) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        repository.insert(id, Kind.EXPORT, userId, email, Digests.sha256Hex(email), anonymousId(), actor.id(), now);
        repository.insertAnswer(id, IdentityPersonalData.HOLDER, identityData.export(userId), now);
        events.publishEvent(new PersonalDataExportRequested(id, userId, email, now));
        audit(actor, "privacy.export_requested", id, "Asked for a copy of a person's data", now);
        return repository.find(id, HOLDERS).orElseThrow();
    }

    private PrivacyRequest erase(@Nullable UserAccount account, String email, Actor actor) {
        if (account != null && (account.role() != Role.CUSTOMER || accounts.everApprovedChef(account.id()))) {
            throw Refusal.conflict("A chef's or staff member's account is closed by support, so no customer is left "
                    + "waiting for a booking; write to support to close it");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        UUID userId = account == null ? null : account.id();
        String anonymousId = anonymousId();
        repository.insert(id, Kind.ERASURE, userId, email, Digests.sha256Hex(email), anonymousId, actor.id(), now);
        repository.deleteExportsOf(userId, email);
        PersonalDataErasureRequested erasure = new PersonalDataErasureRequested(id, userId, email, anonymousId, now);
        repository.insertAnswer(id, IdentityPersonalData.HOLDER, identityData.erase(erasure, now), now);
        events.publishEvent(erasure);
        audit(actor, "privacy.erasure_requested", id, "Erased a person's data (now " + anonymousId + ")", now);
        log.info("Erasure {} requested by {}: the person is {} from now on", id, actor.id(), anonymousId);
        return repository.find(id, HOLDERS).orElseThrow();
    }

    private void completeIfAnswered(UUID requestId) {
        if (repository.holdersAnswered(requestId).containsAll(HOLDERS)) {
            repository.complete(requestId, clock.instant());
        }
    }

    /**
     * The actor's account, whose address they proved they read: data is found by email too (storefront bookings,
     * contact messages), so an account opened with someone else's address must not reach theirs.
     */
    private UserAccount ownAccount(Actor actor) {
        UserAccount account = actor.userId().flatMap(accounts::find)
                .orElseThrow(() -> Refusal.notAllowed("Sign in as the person whose data this is"));
        if (!accounts.emailConfirmed(account.id())) {
            throw Refusal.conflict("Confirm your email address first, with the link we sent you; then ask again");
        }
        return account;
    }

    private static String parsed(@Nullable String email) {
        return EmailAddress.parse(email == null ? "" : email).map(EmailAddress::value)
                .orElseThrow(() -> Refusal.invalid("email", "Enter a valid email address"));
    }

    private static String anonymousId() {
        return "erased-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Customers' own requests are audited as well as staff's: an erasure must be provable afterwards. */
    private void audit(Actor actor, String action, UUID id, String summary, Instant at) {
        events.publishEvent(new AuditableChangeMade(actor.id(), actor.role(), action, "privacy_request",
                id.toString(), summary, Map.of(), Map.of(), at));
    }
}
