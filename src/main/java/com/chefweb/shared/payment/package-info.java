/**
 * What happened to a payment, published by the payment module and heard by booking, notifications and the CRM.
 * These records sit in the shared kernel, not in {@code payment.events}, because payment already listens to
 * booking's events (to know what is due) and module dependencies must not form a cycle.
 */
package com.chefweb.shared.payment;
