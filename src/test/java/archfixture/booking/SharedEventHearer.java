package archfixture.booking;

import org.springframework.modulith.events.ApplicationModuleListener;

import archfixture.shared.SharedPartyPlaced;

/** Bad: hears an event that lives in the shared kernel. */
class SharedEventHearer {

    @ApplicationModuleListener
    void on(SharedPartyPlaced placed) {
    }
}
