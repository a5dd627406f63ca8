package com.chefweb.crm.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
    Map<String, Object> send(@RequestBody ContactRequest request) {
        ContactInquiry inquiry = inquiries.receive(request.name(), request.email(), request.phone(), request.reason(),
                request.subject(), request.message());
        return Map.of("success", true,
                "message", "Thank you for contacting us! We will respond within 2 hours during business hours.",
                "inquiryId", inquiry.id());
    }

    @GetMapping("/api/admin/contacts")
    @Access(Level.STAFF)
    @Operation(summary = "Contact messages, newest first, optionally by status")
    Map<String, Object> list(@RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return Map.of("contacts", inquiries.page(status, limit, offset).stream().map(ContactController::summary).toList(),
                "total", inquiries.count(status), "limit", limit, "offset", offset);
    }

    @GetMapping("/api/contact/{id}")
    @Access(Level.STAFF)
    @Operation(summary = "One contact message, whole")
    Map<String, Object> get(@PathVariable UUID id) {
        return detail(inquiries.get(id));
    }

    @PatchMapping("/api/contact/{id}")
    @Access(Level.STAFF)
    @Operation(summary = "Mark a message in_progress, replied or closed, with notes")
    Map<String, Object> update(@PathVariable UUID id, @RequestBody StatusChange change) {
        return detail(inquiries.update(id, change.status(), change.adminNotes()));
    }

    private static Map<String, Object> summary(ContactInquiry inquiry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", inquiry.id());
        row.put("created_at", inquiry.createdAt());
        row.put("name", inquiry.name());
        row.put("email", inquiry.email());
        row.put("reason", inquiry.reason());
        row.put("subject", inquiry.subject());
        row.put("status", inquiry.status());
        return row;
    }

    private static Map<String, Object> detail(ContactInquiry inquiry) {
        Map<String, Object> row = summary(inquiry);
        row.put("phone", inquiry.phone());
        row.put("message", inquiry.message());
        row.put("admin_notes", inquiry.adminNotes());
        row.put("replied_at", inquiry.repliedAt());
        row.put("updated_at", inquiry.updatedAt());
        return row;
    }

    record ContactRequest(@Nullable String name, @Nullable String email, @Nullable String phone,
            @Nullable String reason, @Nullable String subject, @Nullable String message) {
    }

    record StatusChange(@Nullable String status, @com.fasterxml.jackson.annotation.JsonAlias("admin_notes")
            @Nullable String adminNotes) {
    }
}
