package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.media.ImagePipeline.Processed;
import org.passerelle.media.RenditionRenderer.Encoded;
import org.passerelle.media.TypeDetector.Detected;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads and removals. An upload is checked and processed entirely in temporary files; only then
 * are its files put in the blob store and its row written, with the entry's version bump, in one
 * transaction. Files no row refers to are swept after every removal and failed upload, so nothing is
 * orphaned. A read-write lock keeps a sweep from deleting a blob that an upload in flight has just
 * put but not yet committed (uploads share the read side; sweeps are short).
 */
@Service
class MediaService {

    private static final Logger log = LoggerFactory.getLogger(MediaService.class);

    private final MediaStore store;
    private final BlobStore blobs;
    private final EntryService entries;
    private final TypeDetector types;
    private final ImagePipeline images;
    private final DocumentExtractor documents;
    private final TransactionTemplate transactions;
    private final ReadWriteLock blobLock = new ReentrantReadWriteLock();

    MediaService(MediaStore store, BlobStore blobs, EntryService entries, TypeDetector types, ImagePipeline images,
            DocumentExtractor documents, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.blobs = blobs;
        this.entries = entries;
        this.types = types;
        this.images = images;
        this.documents = documents;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Media upload(Caller caller, String entryId, MediaForm form, MultipartFile file) {
        entries.requireManageable(caller, entryId);
        if (file == null || file.isEmpty()) {
            throw ApiProblem.invalid("file", "send the photo or document as the multipart part 'file'");
        }
        return upload(caller, entryId, form, file.getOriginalFilename(), file, null);
    }

    /**
     * The upload path for bytes from any source (a multipart part, a content bundle's file): the same
     * detection, processing and storage. The caller bounds the size (the container does for HTTP).
     * {@code requestedId}, when not null, is the id the medium had in the store a bundle came from: it
     * is kept if no medium uses it yet, otherwise the medium gets a new id (the caller compares).
     */
    Media upload(Caller caller, String entryId, MediaForm form, String fileName, InputStreamSource source,
            String requestedId) {
        entries.requireManageable(caller, entryId);
        if (requestedId != null && !Ids.isValid(requestedId)) {
            throw ApiProblem.invalid("id", "must be a media id as the service makes them (12 characters)");
        }
        List<Path> temps = new ArrayList<>();
        try {
            Path upload = temp(temps);
            try (InputStream in = source.getInputStream()) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            Detected detected = types.detect(upload);
            Processed image = null;
            DocumentExtractor.Extracted document = null;
            if (detected.kind() == MediaKind.IMAGE) {
                image = images.process(upload, detected.mediaType());
            } else {
                document = documents.extract(upload, detected.mediaType());
            }
            return store(caller, entryId, form, fileName, upload, detected, image, document, temps, requestedId);
        } catch (IOException e) {
            throw ApiProblem.badRequest("The upload could not be received completely.");
        } finally {
            temps.forEach(FileBlobStore::deleteQuietly);
        }
    }

    private Media store(Caller caller, String entryId, MediaForm form, String fileName, Path upload,
            Detected detected, Processed image, DocumentExtractor.Extracted document, List<Path> temps,
            String requestedId) throws IOException {
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
                    Path path = temp(temps);
                    Files.write(path, r.getValue().bytes());
                    String key = blobs.put(path);
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
                    fileName(fileName), form.caption(), credit, form.license(),
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

    /** The media, if the caller may see the entry it belongs to (published, or one it manages). */
    Visible find(Caller caller, String id) {
        Media media = store.find(id).orElseThrow(() -> notFound(id));
        try {
            return new Visible(media, entries.get(caller, media.entryId()));
        } catch (ApiProblem e) {
            throw notFound(id);
        }
    }

    record Visible(Media media, Entry entry) {
    }

    void delete(Caller caller, String id) {
        Media media = store.find(id).orElseThrow(() -> notFound(id));
        try {
            entries.requireManageable(caller, media.entryId());
        } catch (ApiProblem e) {
            throw e.status().value() == 404 ? notFound(id) : e;
        }
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

    /** Deletes those of the given blobs that no media refers to any more. */
    void sweep(Collection<String> keys) {
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

    /** Deletes every blob that no media refers to: what a crash between a put and its commit left. */
    void sweepAll() {
        try (var keys = blobs.keys()) {
            sweep(keys.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path temp(List<Path> temps) throws IOException {
        Path path = blobs.newTempFile();
        temps.add(path);
        return path;
    }

    private static Media withIdAndSeq(Media m, String id, int seq) {
        return new Media(id, m.entryId(), seq, m.kind(), m.mediaType(), m.bytes(), m.blob(), m.fileName(),
                m.caption(), m.credit(), m.license(), m.width(), m.height(), m.exif(), m.pages(), m.language(),
                m.charset(), m.text(), m.renditions(), m.createdAt());
    }

    /** The client's file name, kept only as a download name: no path, no control characters, bounded. */
    static String fileName(String name) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            return null;
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    static ApiProblem notFound(String id) {
        return ApiProblem.notFound("No media '" + id + "'.");
    }
}
