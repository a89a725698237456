package org.passerelle.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.passerelle.entry.EntryService;
import org.passerelle.media.ImagePipeline.Processed;
import org.passerelle.media.RenditionRenderer.Encoded;
import org.passerelle.media.TypeDetector.Detected;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and removes media rows together with their blobs. A processed upload's files are put in the
 * blob store first; only then is its row written, with the entry's version bump, in one transaction.
 * Files no row refers to are swept after every removal and failed upload, so nothing is orphaned. A
 * read-write lock keeps a sweep from deleting a blob that an upload in flight has just put but not
 * yet committed (uploads share the read side; sweeps are short).
 */
@Component
class MediaWriter {

    private static final Logger log = LoggerFactory.getLogger(MediaWriter.class);

    private final MediaStore store;
    private final BlobStore blobs;
    private final EntryService entries;
    private final TransactionTemplate transactions;
    private final ReadWriteLock blobLock = new ReentrantReadWriteLock();

    MediaWriter(MediaStore store, BlobStore blobs, EntryService entries,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.blobs = blobs;
        this.entries = entries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores the upload, its renditions and its row; {@code fileName} is already made safe. */
    Media insert(Caller caller, String entryId, MediaForm form, String fileName, Path upload, Detected detected,
            Processed image, DocumentExtractor.Extracted document, String requestedId) throws IOException {
        Set<String> written = new LinkedHashSet<>();
        boolean committed = false;
        blobLock.readLock().lock();
        try {
            long bytes = Files.size(upload);
            String original = blobs.put(upload);
            written.add(original);
            List<Media.Stored> renditions = new ArrayList<>();
            if (image != null) {
                for (Map.Entry<Rendition, Encoded> r : image.renditions().entrySet()) {
                    String key = put(r.getValue().bytes());
                    written.add(key);
                    renditions.add(new Media.Stored(r.getKey(), key, r.getValue().mediaType(),
                            r.getValue().bytes().length, r.getValue().width(), r.getValue().height()));
                }
            }
            String credit = form.credit();
            ExifSummary exif = image == null ? null : image.exif();
            if (credit == null && exif != null) {
                credit = exif.author() != null ? exif.author() : exif.copyright();
            }
            Media media = new Media(null, entryId, 0, detected.kind(), detected.mediaType(), bytes, original,
                    fileName, form.caption(), credit, form.license(),
                    image == null ? null : image.width(), image == null ? null : image.height(),
                    exif == null || exif.offersNothing() ? null : exif,
                    document == null ? null : document.pages(), document == null ? null : document.language(),
                    document == null ? null : document.charset(), document == null ? null : document.text(),
                    renditions, Instant.now().truncatedTo(ChronoUnit.MILLIS));
            Media saved = transactions.execute(status -> {
                entries.attachmentsChanged(caller, entryId); // first: it locks the entry, so numbering is safe
                // decided where the row is inserted: two claims of one id at once fail on the key, never share it
                String id = requestedId != null && store.find(requestedId).isEmpty() ? requestedId : Ids.next();
                Media numbered = withIdAndSeq(media, id, store.nextSeq(entryId));
                store.insert(numbered);
                return numbered;
            });
            committed = true;
            return saved;
        } finally {
            blobLock.readLock().unlock();
            if (!committed) {
                sweep(written);
            }
        }
    }

    /** Removes the medium's row, with the entry's version bump, then the files no other media shares. */
    void delete(Caller caller, Media media) {
        Set<String> referred = transactions.execute(status -> {
            entries.attachmentsChanged(caller, media.entryId());
            return store.delete(List.of(media));
        });
        sweep(referred);
    }

    /** After an entry was deleted: its media rows, then the files no other media shares. */
    void deleteAllOf(String entryId) {
        Set<String> referred = transactions.execute(status -> store.delete(store.ofEntry(entryId)));
        sweep(referred);
    }

    /** Deletes every blob that no media refers to: what a crash between a put and its commit left. */
    void sweepAll() {
        try (var keys = blobs.keys()) {
            sweep(keys.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes those of the given blobs that no media refers to any more. */
    private void sweep(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        blobLock.writeLock().lock();
        try {
            for (String key : keys) {
                if (!store.isReferenced(key)) {
                    blobs.delete(key);
                }
            }
        } catch (IOException e) {
            log.warn("Could not delete unreferenced blobs; the next start sweeps them", e);
        } finally {
            blobLock.writeLock().unlock();
        }
    }

    private String put(byte[] bytes) throws IOException {
        Path path = blobs.newTempFile();
        try {
            Files.write(path, bytes);
            return blobs.put(path);
        } finally {
            FileBlobStore.deleteQuietly(path);
        }
    }

    private static Media withIdAndSeq(Media m, String id, int seq) {
        return new Media(id, m.entryId(), seq, m.kind(), m.mediaType(), m.bytes(), m.blob(), m.fileName(),
                m.caption(), m.credit(), m.license(), m.width(), m.height(), m.exif(), m.pages(), m.language(),
                m.charset(), m.text(), m.renditions(), m.createdAt());
    }
}
