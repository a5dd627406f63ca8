package com.chefweb.crm.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A customer and a chef agreeing to work together.
 *
 * @param status {@code pending}, {@code accepted}, {@code declined} or {@code ended}
 * @param initiatedBy {@code chef} or {@code customer}: the other one answers
 */
public record Connection(long id, UUID chefUserId, UUID customerUserId, String status, String initiatedBy,
        String note, Instant requestedAt, @Nullable Instant respondedAt, @Nullable Instant endedAt) {

    /** Whether the person is the one who asked (else the one who answers). */
    public boolean askedBy(UUID userId) {
        return initiatedBy.equals("chef") ? chefUserId.equals(userId) : customerUserId.equals(userId);
    }
}
