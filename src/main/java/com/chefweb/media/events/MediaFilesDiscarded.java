package com.chefweb.media.events;

import java.time.Instant;
import java.util.List;

/**
 * Stored files nothing uses any more (a deleted video's, a replaced poster): they are removed from storage once this
 * is committed, retried until storage answers.
 */
public record MediaFilesDiscarded(List<String> keys, Instant discardedAt) {

    public MediaFilesDiscarded {
        keys = List.copyOf(keys);
    }
}
