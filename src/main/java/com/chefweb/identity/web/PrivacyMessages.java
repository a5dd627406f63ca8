package com.chefweb.identity.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import com.chefweb.identity.privacy.PrivacyRequest;

/** What the privacy endpoints read and answer. */
final class PrivacyMessages {

    private PrivacyMessages() {
    }

    /** The password again, so nobody at an unattended screen can erase an account. */
    record ErasureConfirmation(@NotBlank @Size(max = 200) String password) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ForPerson(@NotBlank @Size(max = 254) String email) {
    }

    /**
     * A request and what has been gathered so far.
     *
     * @param status {@code gathering} until every module has answered, then {@code ready} (an export) or
     *     {@code erased}
     * @param anonymousId what an erased person is called from now on in the records that are kept
     * @param data each module's answer: for an export its records about the person, for an erasure what it did
     */
    record RequestView(UUID id, String kind, String status, Instant requestedAt, @Nullable Instant completedAt,
            @Nullable String anonymousId, List<String> pending, Map<String, JsonNode> data) {

        static RequestView of(PrivacyRequest request, JsonMapper json) {
            Map<String, JsonNode> data = new LinkedHashMap<>();
            request.answers().forEach((holder, content) -> data.put(holder, json.readTree(content)));
            String status = !request.done() ? "gathering"
                    : request.kind() == PrivacyRequest.Kind.EXPORT ? "ready" : "erased";
            return new RequestView(request.id(), request.kind().code(), status, request.requestedAt(),
                    request.completedAt(), request.kind() == PrivacyRequest.Kind.ERASURE ? request.anonymousId() : null,
                    List.copyOf(request.pending()), data);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AdminRequestView(UUID id, String kind, String status, String requestedBy, Instant requestedAt,
            @Nullable Instant completedAt, @Nullable String anonymousId, List<String> pending,
            Map<String, JsonNode> data) {

        static AdminRequestView of(PrivacyRequest request, JsonMapper json) {
            RequestView view = RequestView.of(request, json);
            return new AdminRequestView(view.id(), view.kind(), view.status(), request.requestedBy(),
                    view.requestedAt(), view.completedAt(), view.anonymousId(), view.pending(), view.data());
        }

        /** The request without what was gathered: a list of them is no bulk download of people's data. */
        static AdminRequestView summaryOf(PrivacyRequest request, JsonMapper json) {
            AdminRequestView view = of(request, json);
            return new AdminRequestView(view.id(), view.kind(), view.status(), view.requestedBy(), view.requestedAt(),
                    view.completedAt(), view.anonymousId(), view.pending(), Map.of());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AdminRequestPage(List<AdminRequestView> requests, int total, int limit, int offset) {
    }
}
