package com.chefweb.booking.services;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.catalog.events.ServiceOfferingChanged;

/** Keeps booking's copy of offerings, which prices service orders. */
@Component
class OfferingListener {

    private final OfferingCopyRepository offerings;

    OfferingListener(OfferingCopyRepository offerings) {
        this.offerings = offerings;
    }

    @ApplicationModuleListener
    void on(ServiceOfferingChanged changed) {
        offerings.save(changed);
    }
}
