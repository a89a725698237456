package org.passerelle.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;

@PasserelleTest
class MediaAccessTests {

    @Autowired
    TestApi api;
    @Autowired
    BlobStore blobs;

    MediaTestSupport media;
    String territory;
    String token;
    String entryId;

    @BeforeEach
    void setUp() {
        media = new MediaTestSupport(api);
        territory = api.territory("access");
        token = api.editorToken(territory);
        entryId = api.craftDraft(token, territory, "Atelier de laque").get("id").stringValue();
    }

    @Test
    void draftMediaAreServedToEditorsOnlyAndPrivately() {
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(1));
        String thumb = created.at("/renditions/thumb").stringValue();

        assertThat(media.fetch(thumb, null)).hasStatus(404);
        assertThat(media.fetch("/api/v1/media/" + created.get("id").stringValue(), null)).hasStatus(404);
        MvcTestResult editor = media.fetch(thumb, token);
        assertThat(editor).hasStatusOk();
        assertThat(editor.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("private");
    }

    @Test
    void publishedRenditionsArePublicImmutableAndRevalidate() {
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(1));
        api.publish(token, entryId);
        String small = created.at("/renditions/small").stringValue();

        MvcTestResult file = media.fetch(small, null);
        assertThat(file).hasStatusOk();
        assertThat(file.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("public", "immutable",
                "max-age=31536000");
        String etag = file.getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(api.mvc().get().uri(small).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
        assertThat(media.fetch("/media/" + created.get("id").stringValue() + "/huge", null)).hasStatus(404);

        JsonNode entry = api.body(api.get("/api/v1/entries/" + entryId));
        assertThat(entry.at("/media/0/id").stringValue()).isEqualTo(created.get("id").stringValue());
    }

    @Test
    void deletingMediaRemovesItsFiles() {
        JsonNode created = media.uploaded(token, entryId, "photo.jpg", uniquePhoto());
        String id = created.get("id").stringValue();
        String original = MediaTestSupport.blobOf(media.fetch(created.get("url").stringValue(), token));
        String thumb = MediaTestSupport.blobOf(media.fetch(created.at("/renditions/thumb").stringValue(), token));
        assertThat(blobs.get(original)).isPresent();

        assertThat(api.send("DELETE", "/api/v1/media/" + id, token, null)).hasStatus(204);

        assertThat(blobs.get(original)).isEmpty();
        assertThat(blobs.get(thumb)).isEmpty();
        assertThat(media.fetch(created.get("url").stringValue(), token)).hasStatus(404);
        assertThat(api.body(api.send("GET", "/api/v1/entries/" + entryId, token, null)).get("media")).isEmpty();
    }

    @Test
    void filesSharedByTwoMediaStayUntilTheLastGoes() {
        byte[] photo = uniquePhoto();
        JsonNode first = media.uploaded(token, entryId, "a.jpg", photo);
        JsonNode second = media.uploaded(token, entryId, "b.jpg", photo);
        String original = MediaTestSupport.blobOf(media.fetch(first.get("url").stringValue(), token));

        api.send("DELETE", "/api/v1/media/" + first.get("id").stringValue(), token, null);
        assertThat(blobs.get(original)).isPresent();
        assertThat(media.fetch(second.get("url").stringValue(), token)).hasStatusOk();

        api.send("DELETE", "/api/v1/media/" + second.get("id").stringValue(), token, null);
        assertThat(blobs.get(original)).isEmpty();
    }

    @Test
    void deletingTheEntryDeletesItsMediaAndFiles() {
        JsonNode photo = media.uploaded(token, entryId, "photo.jpg", uniquePhoto());
        JsonNode pdf = media.uploaded(token, entryId, "doc.pdf",
                Samples.frenchPdf("Laque de Wajima, vingt couches, dossier " + TestApi.unique("n")));
        String photoBlob = MediaTestSupport.blobOf(media.fetch(photo.at("/renditions/large").stringValue(), token));
        String pdfBlob = MediaTestSupport.blobOf(media.fetch(pdf.get("url").stringValue(), token));

        assertThat(api.send("DELETE", "/api/v1/entries/" + entryId, token, null)).hasStatus(204);

        assertThat(blobs.get(photoBlob)).isEmpty();
        assertThat(blobs.get(pdfBlob)).isEmpty();
        assertThat(media.fetch("/api/v1/media/" + photo.get("id").stringValue(), TestApi.ADMIN)).hasStatus(404);
    }

    @Test
    void failedUploadLeavesNoFileBehind() throws Exception {
        long before;
        try (var keys = blobs.keys()) {
            before = keys.count();
        }

        assertThat(media.upload(token, entryId, "cut.jpg", java.util.Arrays.copyOf(Samples.photo(800, 600, 5), 9000)))
                .hasStatus(422);
        assertThat(media.upload(token, entryId, "bomb.docx", Samples.docxBomb(50))).hasStatus(422);

        try (var keys = blobs.keys()) {
            assertThat(keys.count()).isEqualTo(before);
        }
        assertThat(java.nio.file.Files.list(((FileBlobStore) blobs).temporaryDirectory()))
                .isEmpty();
    }

    @Test
    void adminMayManageAnyTerritorysMedia() {
        JsonNode created = media.uploaded(TestApi.ADMIN, entryId, "photo.jpg", Samples.orientedJpeg(1));

        assertThat(api.send("DELETE", "/api/v1/media/" + created.get("id").stringValue(), TestApi.ADMIN, null))
                .hasStatus(204);
    }

    /** Contexts are shared: files other tests uploaded must not be the ones these tests expect deleted. */
    private static byte[] uniquePhoto() {
        return Samples.photo(640, 480, System.nanoTime());
    }

    @Nested
    class Refused {

        @Test
        void anonymousUploadIsUnauthorized() {
            assertThat(media.upload(null, entryId, "photo.jpg", Samples.orientedJpeg(1))).hasStatus(401);
        }

        @Test
        void editorOfAnotherTerritoryIsForbidden() {
            String other = api.editorToken(api.territory("other"));
            JsonNode mine = media.uploaded(token, entryId, "photo.jpg", Samples.orientedJpeg(1));
            api.publish(token, entryId);

            assertThat(media.upload(other, entryId, "photo.jpg", Samples.orientedJpeg(1))).hasStatus(403);
            assertThat(api.send("DELETE", "/api/v1/media/" + mine.get("id").stringValue(), other, null)).hasStatus(403);
        }

        @Test
        void draftOfAnotherTerritoryIsNotFound() {
            String other = api.editorToken(api.territory("other"));

            assertThat(media.upload(other, entryId, "photo.jpg", Samples.orientedJpeg(1))).hasStatus(404);
        }

        @Test
        void unknownEntryAndMediaAreNotFound() {
            assertThat(media.upload(token, "nosuchentry", "photo.jpg", Samples.orientedJpeg(1))).hasStatus(404);
            assertThat(api.send("DELETE", "/api/v1/media/nosuchmedia", token, null)).hasStatus(404);
            assertThat(media.fetch("/media/nosuchmedia/thumb", null)).hasStatus(404);
        }

        @Test
        void nonMultipartUploadIsUnsupported() {
            assertThat(api.send("POST", "/api/v1/entries/" + entryId + "/media", token, "{}")).hasStatus(415);
        }
    }
}
