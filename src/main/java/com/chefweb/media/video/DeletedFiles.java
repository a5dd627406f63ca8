package com.chefweb.media.video;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.chefweb.media.events.MediaFilesDiscarded;
import com.chefweb.media.storage.ObjectStore;

/**
 * Removes discarded files (a deleted video's, a replaced poster) from storage once that is committed. Storage is called outside the
 * deletion's transaction; if it does not answer, the event publication registry delivers the event again.
 */
@Component
class DeletedFiles {

    private final ObjectStore store;

    DeletedFiles(ObjectStore store) {
        this.store = store;
    }

    /** No transaction of its own: it touches no table, and must not hold a connection while storage answers. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void removeFiles(MediaFilesDiscarded discarded) {
        discarded.keys().forEach(store::delete);
    }
}
