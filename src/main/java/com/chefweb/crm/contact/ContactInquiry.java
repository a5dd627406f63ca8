package com.chefweb.crm.contact;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A message from the contact form and where staff are with it. */
public record ContactInquiry(UUID id, String name, String email, @Nullable String phone, String reason,
        String subject, String message, String status, @Nullable String adminNotes, @Nullable Instant repliedAt,
        Instant createdAt, Instant updatedAt) {
}
