package com.chefweb.identity.events;

import java.util.UUID;

/**
 * A module's answer to a {@link PersonalDataExportRequested} (what it holds about the person) or a
 * {@link PersonalDataErasureRequested} (what it erased and what it kept). Identity owns this interface and listens to
 * it; each module's answer event implements it, so modules depend on identity and not the other way round.
 */
public interface PersonalDataAnswered {

    UUID requestId();

    /** The module answering, such as {@code booking}: one answer per module and request. */
    String holder();

    /** The answer as a JSON object: for an export, the module's records about the person; for an erasure, counts. */
    String content();
}
