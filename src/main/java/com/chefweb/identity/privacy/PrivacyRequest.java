package com.chefweb.identity.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request to see or erase a person's data, and the answers the modules have given so far.
 *
 * @param answers each answering module's JSON object, by module
 * @param pending the modules yet to answer; the request is done when none are
 */
public record PrivacyRequest(UUID id, Kind kind, @Nullable UUID userId, String anonymousId, String requestedBy,
        Instant requestedAt, @Nullable Instant completedAt, Map<String, String> answers, Set<String> pending) {

    public enum Kind {
        EXPORT, ERASURE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean done() {
        return completedAt != null;
    }
}
