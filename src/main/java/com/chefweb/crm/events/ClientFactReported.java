package com.chefweb.crm.events;

/**
 * Implemented by other modules' events that tell the CRM what a client did (an order placed, paid, cancelled or
 * served; a party booked). The CRM listens to this type, so the modules it hears from need not be known to it and the
 * module graph stays acyclic (booking already hears the CRM's contact inquiries).
 */
public interface ClientFactReported {

    /** The fact as the CRM notes it. */
    ClientFact clientFact();
}
