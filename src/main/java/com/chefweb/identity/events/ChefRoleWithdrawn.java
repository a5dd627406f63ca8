package com.chefweb.identity.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin took a chef's chef role away, or disabled the chef's account. The chefs module takes the chef's profile
 * offline, so customers stop seeing and ordering from someone who may no longer cook here; going live again is the
 * chef's own step once restored. Hearing this twice changes nothing.
 *
 * @param reason {@code role_changed} or {@code account_disabled}
 */
public record ChefRoleWithdrawn(UUID userId, String reason, Instant withdrawnAt) {
}
