package com.chefweb.shared.refusal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why the service refuses what was asked, in the domain's terms and without HTTP: domain code throws one of these
 * kinds, and the web adapters' one mapping table turns each kind into a status and problem details. A module may
 * extend a kind with a type of its own (a payment service that is not answering, say) so that its own code can
 * catch exactly that case.
 */
public abstract sealed class Refusal extends RuntimeException
        permits Refusal.NotFound, Refusal.Invalid, Refusal.Rejected, Refusal.Conflict, Refusal.NotSignedIn,
        Refusal.NotAllowed, Refusal.Unavailable {

    private final transient Map<String, Object> details = new LinkedHashMap<>();

    Refusal(String message) {
        super(message, null, false, false);
    }

    /** Facts the client may act on beside the message, such as the nearest free start times. */
    public Map<String, Object> details() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Adds a fact for the client, such as the {@code code} older clients switch on. */
    public Refusal with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public static NotFound notFound(String message) {
        return new NotFound(message);
    }

    public static Invalid invalid(String field, String message) {
        return new Invalid(List.of(new FieldProblem(field, message)));
    }

    public static Invalid invalid(List<FieldProblem> fields) {
        return new Invalid(fields);
    }

    public static Rejected rejected(String message) {
        return new Rejected(message);
    }

    public static Conflict conflict(String message) {
        return new Conflict(message);
    }

    public static NotSignedIn notSignedIn(String message) {
        return new NotSignedIn(message);
    }

    public static NotAllowed notAllowed(String message) {
        return new NotAllowed(message);
    }

    public static Unavailable unavailable(String message) {
        return new Unavailable(message);
    }

    /** What was asked for does not exist (or is not the caller's to see). */
    public static non-sealed class NotFound extends Refusal {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The input is wrong: one entry per field, so a form can show each message beside its field. */
    public static non-sealed class Invalid extends Refusal {
        private final List<FieldProblem> fields;

        public Invalid(List<FieldProblem> fields) {
            super("Validation failed");
            this.fields = List.copyOf(fields);
        }

        public List<FieldProblem> fields() {
            return fields;
        }
    }

    /** The input is well formed, but a business rule says no (a cancelled booking, nothing left to refund). */
    public static non-sealed class Rejected extends Refusal {
        public Rejected(String message) {
            super(message);
        }
    }

    /** It clashes with the current state: a slot taken, a key used for something else, a payment in flight. */
    public static non-sealed class Conflict extends Refusal {
        public Conflict(String message) {
            super(message);
        }
    }

    /** The caller must prove who they are first. */
    public static non-sealed class NotSignedIn extends Refusal {
        public NotSignedIn(String message) {
            super(message);
        }
    }

    /** The caller is known but may not do this. */
    public static non-sealed class NotAllowed extends Refusal {
        public NotAllowed(String message) {
            super(message);
        }
    }

    /** Something it needs is not configured or not answering; trying again later may work. */
    public static non-sealed class Unavailable extends Refusal {
        public Unavailable(String message) {
            super(message);
        }
    }
}
