/**
 * The marketplace's {@code Order}: the one parent payment object for everything sold by a marketplace chef (a seat
 * at a meal event, a service order). The module that owns what is sold announces the order; payment keeps the
 * parent Order, charges it to the chef's Stripe account with the platform's fee, and announces when it is paid.
 * Shared-kernel records, since the owner of the order and payment each hear the other.
 */
package com.chefweb.shared.order;
