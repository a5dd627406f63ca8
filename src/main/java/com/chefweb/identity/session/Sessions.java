package com.chefweb.identity.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.UserAccount;
import com.chefweb.identity.apikey.ApiKey;
import com.chefweb.identity.session.SessionRepository.StoredSession;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.security.Actor;

/**
 * Sign-in sessions. A user's session is a family of one-time refresh tokens: each refresh uses one and issues the
 * next. A token presented a second time means it was stolen or replayed, so the whole family is revoked. The
 * marketplace app's sessions instead hold one reusable refresh token ({@link #startReusable}). Sessions
 * also end at an absolute lifetime, on sign-out, and when the account is disabled.
 */
@Service
public class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);

    private final SessionRepository repository;
    private final AccessTokens tokens;
    private final Accounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    Sessions(SessionRepository repository, AccessTokens tokens, Accounts accounts, SecurityProperties properties,
            Clock clock) {
        this.repository = repository;
        this.tokens = tokens;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public SignIn start(UserAccount account) {
        Instant now = clock.instant();
        UUID sessionId = UUID.randomUUID();
        Instant expiresAt = now.plus(properties.sessionLifetime());
        repository.insert(sessionId, account.id(), null, now, expiresAt);
        return issue(actorOf(account, sessionId), sessionId, expiresAt, now);
    }

    /**
     * A sign-in for a client that keeps its first refresh token and presents it on every refresh (the sautai app):
     * the token works until the session ends (its lifetime, sign-out, revocation, a disabled account), and each
     * refresh gives only a new access token.
     */
    @Transactional
    public SignIn startReusable(UserAccount account) {
        Instant now = clock.instant();
        UUID sessionId = UUID.randomUUID();
        Instant expiresAt = now.plus(properties.sessionLifetime());
        repository.insert(sessionId, account.id(), null, now, expiresAt);
        String refreshToken = Digests.randomToken();
        repository.insertRefreshToken(hash(refreshToken), sessionId, now, true);
        Actor actor = actorOf(account, sessionId);
        return new SignIn(actor, tokens.issue(actor, properties.accessTokenLifetime()), refreshToken, expiresAt);
    }

    /** The admin console's sign-in with an API key: one access token for the whole session, no refresh. */
    @Transactional
    public SignIn start(ApiKey key) {
        Instant now = clock.instant();
        UUID sessionId = UUID.randomUUID();
        Instant expiresAt = now.plus(properties.adminConsoleLifetime());
        repository.insert(sessionId, null, key.id(), now, expiresAt);
        Actor actor = new Actor("api-key:" + key.id(), "admin", sessionId, null);
        return new SignIn(actor, tokens.issue(actor, properties.adminConsoleLifetime()), null, expiresAt);
    }

    /**
     * Exchanges a refresh token for a new access token and the next refresh token. Never throws for a bad token:
     * a reuse must revoke the family and commit that, so the outcome is returned instead.
     */
    @Transactional
    public Optional<SignIn> refresh(String refreshToken) {
        Instant now = clock.instant();
        String hash = hash(refreshToken);
        Optional<UUID> reusable = repository.sessionOfReusableToken(hash);
        if (reusable.isPresent()) {
            return activeAccount(reusable.get(), now).map(found -> {
                Actor actor = actorOf(found.account(), found.session().id());
                return new SignIn(actor, tokens.issue(actor, properties.accessTokenLifetime()), refreshToken,
                        found.session().expiresAt());
            });
        }
        Optional<UUID> used = repository.useRefreshToken(hash, now);
        if (used.isEmpty()) {
            repository.sessionOfRefreshToken(hash).ifPresent(sessionId -> {
                if (repository.revoke(sessionId, "refresh token reused", now)) {
                    log.warn("Refresh token of session {} was presented twice: the session is revoked", sessionId);
                }
            });
            return Optional.empty();
        }
        StoredSession session = repository.find(used.get()).orElseThrow();
        if (session.revokedAt() != null || !session.expiresAt().isAfter(now) || session.userId() == null) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(session.userId()).filter(a -> !a.isDisabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(issue(actorOf(account.get(), session.id()), session.id(), session.expiresAt(), now));
    }

    private Optional<Active> activeAccount(UUID sessionId, Instant now) {
        StoredSession session = repository.find(sessionId).orElse(null);
        if (session == null || session.revokedAt() != null || !session.expiresAt().isAfter(now)
                || session.userId() == null) {
            return Optional.empty();
        }
        return accounts.find(session.userId()).filter(a -> !a.isDisabled()).map(a -> new Active(session, a));
    }

    private record Active(StoredSession session, UserAccount account) {
    }

    /**
     * A new access token for a session that goes on, carrying the account's role as it is now (after a role switch,
     * tokens of the old role stop working).
     */
    @Transactional(readOnly = true)
    public Optional<SignIn> reissue(UUID sessionId) {
        return activeAccount(sessionId, clock.instant()).map(found -> {
            Actor actor = actorOf(found.account(), sessionId);
            return new SignIn(actor, tokens.issue(actor, properties.accessTokenLifetime()), null,
                    found.session().expiresAt());
        });
    }

    /** Ends the session a refresh token belongs to; nothing happens for an unknown token. */
    @Transactional
    public void endByRefreshToken(String refreshToken) {
        repository.sessionOfRefreshToken(hash(refreshToken))
                .ifPresent(sessionId -> repository.revoke(sessionId, "signed out", clock.instant()));
    }

    /** Ends every session of the account (its password changed): its tokens stop working at once. */
    @Transactional
    public int endAllOf(UUID userId, String reason) {
        return repository.revokeAllOf(userId, reason, clock.instant());
    }

    @Transactional
    public void end(UUID sessionId) {
        repository.revoke(sessionId, "signed out", clock.instant());
    }

    /** Whether tokens of this session still work for this role and chef link. */
    @Transactional(readOnly = true)
    public boolean isActive(UUID sessionId, String role, @org.jspecify.annotations.Nullable UUID chefId) {
        return repository.isActive(sessionId, role, chefId);
    }

    private SignIn issue(Actor actor, UUID sessionId, Instant sessionExpiresAt, Instant now) {
        String refreshToken = Digests.randomToken();
        repository.insertRefreshToken(hash(refreshToken), sessionId, now);
        return new SignIn(actor, tokens.issue(actor, properties.accessTokenLifetime()), refreshToken, sessionExpiresAt);
    }

    private static Actor actorOf(UserAccount account, UUID sessionId) {
        return new Actor(account.id().toString(), account.role().code(), sessionId, account.chefId());
    }

    /** Refresh tokens are 256 random bits, so a fast hash is enough: only the hash is stored. */
    private static String hash(String token) {
        return Digests.sha256Hex(token);
    }
}
