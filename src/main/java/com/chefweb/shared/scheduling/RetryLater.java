package com.chefweb.shared.scheduling;

/**
 * Thrown by an event listener that met a fact before what it needs to act on it (a change of a booking whose own
 * announcement has not arrived yet): the event publication registry delivers the event again later. Expected now and
 * then, so it is logged as a warning, without a stack trace.
 */
public class RetryLater extends RuntimeException {

    public RetryLater(String message) {
        super(message, null, false, false);
    }
}
