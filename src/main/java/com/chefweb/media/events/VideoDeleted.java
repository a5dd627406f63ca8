package com.chefweb.media.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The owner deleted a video: its row is gone, and the objects under these keys are removed from storage after the
 * deletion commits (retried until storage answers).
 */
public record VideoDeleted(UUID videoId, List<String> keys, boolean wasHomepage, Instant deletedAt) {

    public VideoDeleted {
        keys = List.copyOf(keys);
    }
}
