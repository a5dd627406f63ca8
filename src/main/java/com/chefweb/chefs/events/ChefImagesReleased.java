package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.chefweb.media.events.UploadsReleased;

/** Pictures a chef replaced or removed: media stops serving them and deletes their files. */
public record ChefImagesReleased(long chefId, List<UUID> uploadIds, Instant releasedAt) implements UploadsReleased {

    public ChefImagesReleased {
        uploadIds = List.copyOf(uploadIds);
    }
}
