package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.media.ImagePipeline.Processed;
import org.passerelle.media.TypeDetector.Detected;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Ids;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads, reads and removals, with their access checks. An upload is checked and processed entirely
 * in a temporary file, so that a refused one leaves nothing behind; only then does the
 * {@link MediaWriter} store it. Removals go through the writer too, which sweeps the files.
 */
@Service
class MediaService {

    private final MediaStore store;
    private final BlobStore blobs;
    private final EntryService entries;
    private final TypeDetector types;
    private final ImagePipeline images;
    private final DocumentExtractor documents;
    private final MediaWriter writer;

    MediaService(MediaStore store, BlobStore blobs, EntryService entries, TypeDetector types, ImagePipeline images,
            DocumentExtractor documents, MediaWriter writer) {
        this.store = store;
        this.blobs = blobs;
        this.entries = entries;
        this.types = types;
        this.images = images;
        this.documents = documents;
        this.writer = writer;
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
        Path upload = null;
        try {
            upload = blobs.newTempFile();
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
            return writer.insert(caller, entryId, form, fileName(fileName), upload, detected, image, document,
                    requestedId);
        } catch (IOException e) {
            throw ApiProblem.badRequest("The upload could not be received completely.");
        } finally {
            FileBlobStore.deleteQuietly(upload);
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
        writer.delete(caller, media);
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
