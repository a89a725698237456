package org.passerelle.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.passerelle.shared.Caller;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the files: the exact stored type, never sniffed; a strong ETag (the blob's content hash);
 * renditions of published entries cached for a year as immutable (their URL never changes content);
 * documents as attachments, with Range support (Spring answers 206 for a {@code Resource} body).
 * Media of drafts are served only to those who manage the entry, and never cached publicly.
 */
@RestController
class MediaFileController {

    private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** An original may be replaced by removing it, so shared caches keep it for a day only. */
    private static final CacheControl ORIGINAL = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    private static final CacheControl PRIVATE = CacheControl.noCache().cachePrivate();

    private final MediaService media;
    private final BlobStore blobs;

    MediaFileController(MediaService media, BlobStore blobs) {
        this.media = media;
        this.blobs = blobs;
    }

    @GetMapping("/media/{id}/{rendition}")
    ResponseEntity<Resource> file(Caller caller, @PathVariable String id, @PathVariable String rendition,
            WebRequest request) {
        Rendition wanted = Rendition.parse(rendition).orElseThrow(() -> MediaService.notFound(id + "/" + rendition));
        MediaService.Visible visible = media.find(caller, id);
        Media m = visible.media();
        String blob;
        String type;
        if (wanted == Rendition.ORIGINAL) {
            blob = m.blob();
            type = m.charset() != null ? m.mediaType() + ";charset=" + m.charset() : m.mediaType();
        } else {
            Media.Stored stored = m.rendition(wanted).orElseThrow(() -> MediaService.notFound(id + "/" + rendition));
            blob = stored.blob();
            type = stored.mediaType();
        }
        Resource file = blobs.get(blob).orElseThrow(() -> MediaService.notFound(id));
        CacheControl cache = !visible.entry().isPublished() || caller.isAuthenticated() ? PRIVATE
                : wanted == Rendition.ORIGINAL ? ORIGINAL : IMMUTABLE;
        String etag = "\"" + blob + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag).cacheControl(cache)
                .contentType(MediaType.parseMediaType(type))
                .header("X-Content-Type-Options", "nosniff");
        if (!m.isImage()) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(m.fileName() != null ? m.fileName() : m.id(), StandardCharsets.UTF_8).build().toString());
        }
        return response.body(file);
    }
}
