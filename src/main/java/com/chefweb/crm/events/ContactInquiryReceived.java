package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone wrote through the contact form; staff will answer.
 *
 * @param phone as they gave it, normalised; null when they gave none
 * @param message what they wrote (added later: null in publications stored before)
 */
public record ContactInquiryReceived(UUID inquiryId, String name, String email, String reason, String subject,
        Instant receivedAt, @Nullable String phone, @Nullable String message) {
}
