package org.passerelle.media;

import org.passerelle.entry.EntryEvents.EntryDeleted;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes an entry's media and files once its deletion is committed. The event publication registry
 * records the delivery with the deletion, so a crash before the cleanup finishes is followed by the
 * cleanup at the next start (outstanding publications are republished). At start, blobs that a crash
 * left without a row are swept as well.
 */
@Component
class MediaCleanup {

    private final MediaWriter writer;

    MediaCleanup(MediaWriter writer) {
        this.writer = writer;
    }

    @TransactionalEventListener
    void on(EntryDeleted deleted) {
        writer.deleteAllOf(deleted.entryId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepOnStart() {
        writer.sweepAll();
    }
}
