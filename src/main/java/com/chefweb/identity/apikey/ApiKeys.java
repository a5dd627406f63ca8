package com.chefweb.identity.apikey;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.crypto.Digests;
import com.chefweb.shared.refusal.Refusal;

/** Admin API keys: created with a secret shown once, kept only as a hash, listed without it, revocable. */
@Service
public class ApiKeys {

    /** Keys are recognisable in logs and secret scanners by this prefix. */
    static final String KEY_PREFIX = "cwk_";
    private static final int MIN_SECRET_LENGTH = 24;

    private final ApiKeyRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiKeys(ApiKeyRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a key with a new random secret.
     *
     * @return the key and its secret, which is never shown again
     * @throws Refusal 409 when an active key has this name
     */
    @Transactional
    public CreatedApiKey create(String name, @Nullable UUID createdBy) {
        String secret = KEY_PREFIX + Digests.randomToken();
        ApiKey key = store(name, secret, createdBy)
                .orElseThrow(() -> Refusal.conflict("An active API key named '" + name.strip() + "' already exists"));
        AuditableChangeMade.byCurrentStaff("api_key.created", "api_key", key.id().toString(), "Created API key '" + key.name() + "'",
                Map.of(), Map.of("name", key.name(), "prefix", key.prefix()), clock.instant())
                        .ifPresent(events::publishEvent);
        return new CreatedApiKey(key, secret);
    }

    /**
     * Registers a secret chosen by the operator (the key from configuration) once; a new secret under the same name
     * replaces the old one, which is revoked.
     */
    @Transactional
    public Optional<ApiKey> register(String name, String secret) {
        if (secret.strip().length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("An API key must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (repository.existsWithSecretHash(hash(secret.strip()))) {
            return Optional.empty();
        }
        repository.revokeActiveNamed(name, clock.instant());
        return store(name, secret.strip(), null);
    }

    /** The active key with this secret; records its use. */
    @Transactional
    public Optional<ApiKey> authenticate(String secret) {
        Optional<ApiKey> key = repository.findActiveBySecretHash(hash(secret.strip()));
        key.ifPresent(found -> repository.recordUse(found.id(), clock.instant()));
        return key;
    }

    @Transactional(readOnly = true)
    public List<ApiKey> list() {
        return repository.findAll();
    }

    /**
     * Revokes a key: it can no longer sign in, and console sessions opened with it end at once.
     *
     * @throws Refusal 404 for an unknown key
     */
    @Transactional
    public ApiKey revoke(UUID id) {
        ApiKey key = repository.findById(id).orElseThrow(() -> Refusal.notFound("API key not found"));
        if (repository.revoke(id, clock.instant())) {
            AuditableChangeMade.byCurrentStaff("api_key.revoked", "api_key", id.toString(), "Revoked API key '" + key.name() + "'",
                    Map.of("active", true), Map.of("active", false), clock.instant()).ifPresent(events::publishEvent);
        }
        return repository.findById(id).orElseThrow();
    }

    private Optional<ApiKey> store(String name, String secret, @Nullable UUID createdBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw Refusal.invalid("name", "Name the key in 1 to 100 characters");
        }
        ApiKey key = new ApiKey(UUID.randomUUID(), trimmed, secret.substring(0, Math.min(10, secret.length())),
                createdBy, clock.instant(), null, null);
        return repository.insert(key, hash(secret)) ? Optional.of(key) : Optional.empty();
    }

    /** Keys are long random secrets, so SHA-256 is enough to keep them unreadable at rest. */
    private static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }

    /** A new key with its secret, shown once. */
    public record CreatedApiKey(ApiKey key, String secret) {
    }
}
