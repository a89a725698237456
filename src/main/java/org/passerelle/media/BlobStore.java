package org.passerelle.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;

/**
 * Immutable files named by their content. Writers prepare a file in {@link #newTempFile()} and
 * {@link #put} it; the same bytes stored twice are one blob, so deleting is the caller's decision,
 * taken when no media refers to the key any more.
 */
interface BlobStore {

    /** A fresh empty file on the store's filesystem, so that {@link #put} can move it atomically. */
    Path newTempFile() throws IOException;

    /** Moves the file into the store (or drops it if the same content is there already) and returns its key. */
    String put(Path tempFile) throws IOException;

    Optional<Resource> get(String key);

    void delete(String key) throws IOException;

    /** Every key stored, for sweeping blobs that no media refers to. */
    Stream<String> keys() throws IOException;
}
