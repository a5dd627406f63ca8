package com.chefweb.crm.web;

import java.util.UUID;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import com.chefweb.crm.contact.ContactInquiries;
import com.chefweb.crm.contact.ContactInquiry;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.RateLimited;

/** The storefront's contact form and the admin console's contact pages, in the shapes they read. */
@RestController
@Tag(name = "Contact", description = "Contact form messages and their handling by staff")
class ContactController {

    private final ContactInquiries inquiries;

    ContactController(ContactInquiries inquiries) {
        this.inquiries = inquiries;
    }

    @PostMapping("/api/contact")
    @Access(Level.PUBLIC)
    @RateLimited("contact")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send a message through the contact form")
    Received send(@RequestBody ContactRequest request) {
        ContactInquiry inquiry = inquiries.receive(request.name(), request.email(), request.phone(), request.reason(),
                request.subject(), request.message());
        return new Received(true,
                "Thank you for contacting us! We will respond within 2 hours during business hours.", inquiry.id());
    }

    @GetMapping("/api/admin/contacts")
    @Access(Level.STAFF)
    @Operation(summary = "Contact messages, newest first, optionally by status")
    Contacts list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return new Contacts(inquiries.page(status, limit, offset).stream().map(Summary::of).toList(),
                inquiries.count(status), limit, offset);
    }

    @GetMapping("/api/contact/{id}")
    @Access(Level.STAFF)
    @Operation(summary = "One contact message, whole")
    Detail get(@PathVariable UUID id) {
        return Detail.of(inquiries.get(id));
    }

    @PatchMapping("/api/contact/{id}")
    @Access(Level.STAFF)
    @Operation(summary = "Mark a message in_progress, replied or closed, with notes")
    Detail update(@PathVariable UUID id, @RequestBody StatusChange change) {
        return Detail.of(inquiries.update(id, change.status(), change.adminNotes()));
    }

    /** @param message what the storefront shows the sender */
    record Received(boolean success, String message, UUID inquiryId) {
    }

    record Contacts(List<Summary> contacts, int total, int limit, int offset) {
    }

    /** A message in the admin console's list. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Summary(UUID id, Instant createdAt, String name, String email, @Nullable String reason,
            @Nullable String subject, String status) {

        static Summary of(ContactInquiry inquiry) {
            return new Summary(inquiry.id(), inquiry.createdAt(), inquiry.name(), inquiry.email(), inquiry.reason(),
                    inquiry.subject(), inquiry.status());
        }
    }

    /** A whole message, with what staff noted about it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Detail(UUID id, Instant createdAt, String name, String email, @Nullable String reason,
            @Nullable String subject, String status, @Nullable String phone, String message,
            @Nullable String adminNotes, @Nullable Instant repliedAt, Instant updatedAt) {

        static Detail of(ContactInquiry inquiry) {
            return new Detail(inquiry.id(), inquiry.createdAt(), inquiry.name(), inquiry.email(), inquiry.reason(),
                    inquiry.subject(), inquiry.status(), inquiry.phone(), inquiry.message(), inquiry.adminNotes(),
                    inquiry.repliedAt(), inquiry.updatedAt());
        }
    }

    record ContactRequest(@Nullable String name, @Nullable String email, @Nullable String phone,
            @Nullable String reason, @Nullable String subject, @Nullable String message) {
    }

    record StatusChange(@Nullable String status, @com.fasterxml.jackson.annotation.JsonAlias("admin_notes")
            @Nullable String adminNotes) {
    }
}
