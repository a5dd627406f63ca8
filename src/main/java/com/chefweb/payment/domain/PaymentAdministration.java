package com.chefweb.payment.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins see of payments. */
@Service
@Transactional(readOnly = true)
public class PaymentAdministration {

    private final PaymentRepository payments;

    PaymentAdministration(PaymentRepository payments) {
        this.payments = payments;
    }

    public List<PaymentWithBooking> page(@Nullable String status, int limit, int offset) {
        return payments.page(status, limit, offset);
    }

    public int count(@Nullable String status) {
        return payments.count(status);
    }
}
