package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.shared.money.Money;

/**
 * The balance could not be charged to the card saved with the deposit. Admins are alerted; the customer is to be
 * asked to pay it themselves.
 */
public record BalanceChargeFailed(UUID bookingId, String confirmationNumber, Money balance, String reason,
        String contactEmail) {
}
