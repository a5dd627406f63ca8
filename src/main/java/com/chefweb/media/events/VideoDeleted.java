package com.chefweb.media.events;

import java.time.Instant;
import java.util.UUID;

/** The owner deleted a video (its files follow, see {@link MediaFilesDiscarded}). */
public record VideoDeleted(UUID videoId, String title, boolean wasHomepage, Instant deletedAt) {
}
