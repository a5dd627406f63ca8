package archfixture.notify;

import org.springframework.context.event.EventListener;

import archfixture.booking.events.PartyBooked;

/** Bad: hears another module's event synchronously, inside that module's transaction. */
class SynchronousListener {

    @EventListener
    void on(PartyBooked booked) {
    }
}
