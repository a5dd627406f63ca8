package com.chefweb.media.upload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.media.events.UploadsReleased;
import com.chefweb.media.storage.ObjectStore;

/**
 * Uploads another module stopped using are marked deleted (no longer served) and their files removed. Storage is
 * called after the mark is committed, with no transaction open; if it does not answer, the registry delivers the
 * release again, and marking twice changes nothing.
 */
@Component
class ReleasedUploads {

    private final UploadRepository uploads;
    private final ObjectStore store;
    private final TransactionTemplate transactions;

    ReleasedUploads(UploadRepository uploads, ObjectStore store, TransactionTemplate transactions) {
        this.uploads = uploads;
        this.store = store;
        this.transactions = transactions;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void release(UploadsReleased released) {
        List<UUID> ids = released.uploadIds();
        if (ids.isEmpty()) {
            return;
        }
        List<String> keys = Objects.requireNonNull(transactions.execute(status -> {
            uploads.markDeleted(ids);
            return ids.stream().flatMap(id -> uploads.find(id).stream()).map(Upload::key).toList();
        }));
        keys.forEach(store::delete);
    }
}
