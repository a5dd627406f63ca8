package archfixture.booking;

import org.springframework.context.event.EventListener;

import archfixture.booking.events.PaymentHeard;

/** Bad: hears payment's event through its own interface, but synchronously, inside payment's transaction. */
class InterfaceSyncListener {

    @EventListener
    void on(PaymentHeard heard) {
    }
}
