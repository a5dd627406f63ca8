package com.chefweb.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.identity.apikey.ApiKey;
import com.chefweb.identity.audit.AuditEntry;
import com.chefweb.identity.account.UserAccount;

/** Bodies of the admin surface, in the snake_case the admin console reads. */
final class AdminMessages {

    private AdminMessages() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NewApiKey(@NotBlank @Size(max = 100) String name) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiKeyView(UUID id, String name, String prefix, @Nullable UUID createdBy, Instant createdAt,
            @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active) {

        static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id(), key.name(), key.prefix(), key.createdBy(), key.createdAt(),
                    key.lastUsedAt(), key.revokedAt(), key.isActive());
        }
    }

    /** Shown once: the secret is not stored and cannot be shown again. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record CreatedApiKeyView(ApiKeyView apiKey, String secret) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ApiKeyList(List<ApiKeyView> apiKeys) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record NewUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 1024) String password,
            @NotBlank @Pattern(regexp = "admin|staff|chef|customer", message = "must be admin, staff, chef or customer") String role,
            @Nullable UUID chefId) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserChange(
            @Nullable @Pattern(regexp = "admin|staff|chef|customer", message = "must be admin, staff, chef or customer") String role,
            @Nullable UUID chefId, @Nullable Boolean disabled) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserView(UUID id, String email, String name, String role, @Nullable UUID chefId, Instant createdAt,
            @Nullable Instant lastLoginAt, boolean disabled) {

        static UserView of(UserAccount account) {
            return new UserView(account.id(), account.email(), account.name(), account.role().code(),
                    account.chefId(), account.createdAt(), account.lastLoginAt(), account.isDisabled());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UserPage(List<UserView> users, int total, int limit, int offset) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AuditEntryView(long id, Instant occurredAt, String actorId, String actorRole, String action,
            String resourceType, String resourceId, String summary, Map<String, Object> before,
            Map<String, Object> after) {

        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actorId(), entry.actorRole(),
                    entry.action(), entry.resourceType(), entry.resourceId(), entry.summary(), entry.before(),
                    entry.after());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AuditPage(List<AuditEntryView> entries, int total, int limit, int offset) {
    }
}
