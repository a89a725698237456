package org.passerelle.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import org.passerelle.entry.EntryService;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.TextLimits;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * An entry's media as original files plus what editors say about them: the API through which other
 * features (the content bundle) copy media between stores. Attaching takes the upload path (size
 * limit, type decided from the bytes, renditions, text extraction) and every change bumps the
 * entry's version, as uploads and removals do, so that ETags and the search index follow.
 */
@Service
public class EntryMedia {

    /**
     * What an editor says about a medium, as an upload takes it. A null {@code credit} on
     * {@link #attach} lets the photo's EXIF author or copyright stand in, as an upload does.
     */
    public record Details(String fileName, Map<String, String> caption, String credit, String license) {
    }

    /** A stored medium; {@code sha256} is the hex SHA-256 of its original bytes (see {@link #sha256}). */
    public record Attached(String id, String sha256, String mediaType, Details details) {
    }

    private final MediaService media;
    private final MediaStore store;
    private final BlobStore blobs;
    private final TypeDetector types;
    private final EntryService entries;
    private final MediaProperties properties;
    private final TextLimits limits;

    EntryMedia(MediaService media, MediaStore store, BlobStore blobs, TypeDetector types, EntryService entries,
            MediaProperties properties, TextLimits limits) {
        this.media = media;
        this.store = store;
        this.blobs = blobs;
        this.types = types;
        this.entries = entries;
        this.properties = properties;
        this.limits = limits;
    }

    /** The entry's media in their order. */
    public List<Attached> of(String entryId) {
        return store.ofEntry(entryId).stream().map(EntryMedia::attached).toList();
    }

    /** Writes the medium's original file, byte for byte as it was uploaded, to {@code target}. */
    public void copyOriginal(Attached medium, Path target) throws IOException {
        Resource original = blobs.get(medium.sha256()).orElseThrow(
                () -> new IOException("the original of media " + medium.id() + " is not in the blob store"));
        try (InputStream in = original.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The hex SHA-256 of a file's bytes: what {@link Attached#sha256()} is for a stored original. */
    public static String sha256(Path file) throws IOException {
        return FileBlobStore.sha256(file);
    }

    /**
     * Refuses, as an upload would and before anything is processed, a file over the size limit (413)
     * or of a type that is not accepted (415). Images over the pixel limit and unreadable documents
     * are only found when {@link #attach attached}.
     */
    public void check(Path file) throws IOException {
        long max = properties.maxUploadSize().toBytes();
        if (Files.size(file) > max) {
            throw ApiProblem.tooLarge("Files of at most " + properties.maxUploadSize().toMegabytes()
                    + " MB are accepted (passerelle.media.max-upload-size).");
        }
        types.detect(file);
    }

    /** The details as an upload keeps them (trimmed, default licence), or a problem naming each invalid field. */
    public Details details(String fileName, Map<String, String> caption, String credit, String license) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        if (caption != null) {
            caption.forEach((lang, text) -> {
                if (text != null) {
                    fields.add("caption." + lang, text);
                }
            });
        }
        if (credit != null) {
            fields.add("credit", credit);
        }
        if (license != null) {
            fields.add("license", license);
        }
        MediaForm form = MediaForm.read(fields, limits);
        return new Details(MediaService.fileName(fileName), form.caption(), form.credit(), form.license());
    }

    /**
     * Attaches the file after the entry's other media, through the upload path. {@code requestedId}
     * (null for none) keeps a medium's id from another store, so that its {@code /media/{id}/...} URLs
     * stay valid: it must have the form of {@link org.passerelle.shared.Ids} (else a 422 problem), and
     * is used only if no medium has it yet; otherwise the medium gets a new id, which the result shows.
     */
    public Attached attach(Caller caller, String entryId, Path file, Details details, String requestedId)
            throws IOException {
        check(file);
        Details valid = valid(details);
        MediaForm form = new MediaForm(valid.caption(), valid.credit(), valid.license());
        return attached(media.upload(caller, entryId, form, valid.fileName(), new FileSystemResource(file),
                requestedId));
    }

    /** Replaces the medium's details; its file, and what was read from the file, stay. */
    @Transactional
    public void describe(Caller caller, String mediaId, Details details) {
        Media current = store.find(mediaId).orElseThrow(() -> MediaService.notFound(mediaId));
        Details valid = valid(details);
        entries.attachmentsChanged(caller, current.entryId());
        store.describe(mediaId, valid.fileName(), valid.caption(), valid.credit(), valid.license());
    }

    /** Removes the medium, and its files unless other media share them. */
    public void remove(Caller caller, String mediaId) {
        media.delete(caller, mediaId);
    }

    /** Puts the entry's media in the given order, which must name each of them once. */
    @Transactional
    public void reorder(Caller caller, String entryId, List<String> mediaIds) {
        entries.attachmentsChanged(caller, entryId); // first: it locks the entry, as an upload's numbering does
        List<String> current = store.ofEntry(entryId).stream().map(Media::id).sorted().toList();
        if (!current.equals(mediaIds.stream().sorted().toList())) {
            throw ApiProblem.invalid("media", "the new order must name each of the entry's media once");
        }
        store.reorder(entryId, mediaIds);
    }

    private Details valid(Details details) {
        return details(details.fileName(), details.caption(), details.credit(), details.license());
    }

    private static Attached attached(Media m) {
        return new Attached(m.id(), m.blob(), m.mediaType(), new Details(m.fileName(), m.caption(), m.credit(),
                m.license()));
    }
}
