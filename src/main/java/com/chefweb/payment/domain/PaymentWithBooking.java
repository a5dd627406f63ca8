package com.chefweb.payment.domain;

/** A payment with the booking it pays for, as admins list them. */
public record PaymentWithBooking(PaymentRecord payment, String confirmationNumber, String contactName,
        String contactEmail) {
}
