package com.chefweb.media.events;

import java.util.List;
import java.util.UUID;

/**
 * Uploads the module that attached them no longer uses (a removed gallery photo, a replaced profile picture): media
 * marks them deleted and removes their files. Implemented by that module's own event, so media need not depend on
 * it (the chefs module's {@code ChefImagesReleased}).
 */
public interface UploadsReleased {

    List<UUID> uploadIds();
}
