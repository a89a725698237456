package org.passerelle.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A photo or document attached to an entry, as stored. Images have a size, EXIF details and
 * renditions; documents have their extracted text, page count and language.
 */
record Media(String id, String entryId, int seq, MediaKind kind, String mediaType, long bytes, String blob,
        String fileName, Map<String, String> caption, String credit, String license, Integer width, Integer height,
        ExifSummary exif, Integer pages, String language, String charset, String text, List<Stored> renditions,
        Instant createdAt) {

    /** A rendition's file. */
    record Stored(Rendition rendition, String blob, String mediaType, long bytes, int width, int height) {
    }

    Optional<Stored> rendition(Rendition rendition) {
        return renditions.stream().filter(r -> r.rendition() == rendition).findFirst();
    }

    boolean isImage() {
        return kind == MediaKind.IMAGE;
    }

    int characters() {
        return text == null ? 0 : text.length();
    }
}
