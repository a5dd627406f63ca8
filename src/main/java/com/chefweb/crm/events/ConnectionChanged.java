package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer and a chef asked to work together, or answered: the connection as it now is.
 *
 * @param status {@code pending}, {@code accepted}, {@code declined} or {@code ended}
 * @param initiatedBy {@code chef} or {@code customer}
 */
public record ConnectionChanged(long connectionId, UUID chefUserId, UUID customerUserId, String status,
        String initiatedBy, Instant changedAt) {
}
