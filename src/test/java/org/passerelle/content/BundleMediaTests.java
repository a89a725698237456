package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.media.EntryMedia;
import org.passerelle.media.Samples;
import org.passerelle.shared.Caller;
import org.passerelle.support.PasserelleTest;
import org.passerelle.support.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Media in the content bundle: an entry's photo and brochure, uploaded through the API, are exported
 * as their original files with their ids and details, come back identical (same ids, so same URLs)
 * from an import into an empty store, and a re-import changes only what the bundle changed. A context
 * of its own, so that each export holds only this class's few entries.
 */
@PasserelleTest
@TestPropertySource(properties = "passerelle.test.context=bundle-media")
class BundleMediaTests {

    static final Caller ADMIN = Caller.admin("test");
    static final byte[] PHOTO = Samples.photo(320, 240, 7);
    static final byte[] BROCHURE = Samples.frenchPdf("Le Kutani se reconnaît à ses cinq couleurs.");

    @Autowired
    TestApi api;
    @Autowired
    ContentImporter importer;
    @Autowired
    ContentExporter exporter;
    @Autowired
    EntryService entries;
    @Autowired
    EntryMedia media;

    @TempDir
    Path exported;

    String territory;
    String entryId;
    Path bundle;
    Path entryFile;

    @BeforeEach
    void anEntryWithAPhotoAndABrochureIsExported() throws IOException {
        territory = api.territory("bundle-media");
        entryId = api.craftDraft(TestApi.ADMIN, territory, "Kutani").get("id").stringValue();
        upload(entryId, "Vase de Kutani (1).jpg", PHOTO, Map.of("caption.fr", "Vase aux cinq couleurs",
                "caption.ja", "五彩の花瓶", "credit", "Musée de Kutani", "license", "CC-BY-4.0"));
        upload(entryId, "brochure.pdf", BROCHURE, Map.of("caption.en", "Visitor brochure"));
        api.publish(TestApi.ADMIN, entryId);
        exporter.export(exported, ContentImporter.Progress.NONE);
        bundle = exported.resolve("own");
        // only this test's territory: the store is shared with other tests
        Files.createDirectories(bundle.resolve("territories"));
        Files.copy(exported.resolve("territories/" + territory + ".yaml"),
                bundle.resolve("territories/" + territory + ".yaml"));
        ContentBundleTests.copyTree(exported.resolve("entries/" + territory), bundle.resolve("entries/" + territory));
        entryFile = bundle.resolve("entries/" + territory + "/kutani.yaml");
    }

    @Test
    void exportWritesTheOriginalFilesBesideTheEntryAndListsThemInOrderWithTheirIds() throws IOException {
        Path folder = bundle.resolve("entries/" + territory + "/kutani.media");
        assertThat(Files.readAllBytes(folder.resolve("01-Vase-de-Kutani-1.jpg"))).isEqualTo(PHOTO);
        assertThat(Files.readAllBytes(folder.resolve("02-brochure.pdf"))).isEqualTo(BROCHURE);
        JsonNode listed = BundleFiles.read(entryFile).get("media");
        assertThat(listed).hasSize(2);
        assertThat(listed).map(item -> item.get("id").stringValue())
                .isEqualTo(media.of(entryId).stream().map(EntryMedia.Attached::id).toList());
        assertThat(listed.get(0).get("file").stringValue()).isEqualTo("01-Vase-de-Kutani-1.jpg");
        assertThat(listed.get(0).get("fileName").stringValue()).isEqualTo("Vase de Kutani (1).jpg");
        assertThat(listed.get(0).get("caption").get("ja").stringValue()).isEqualTo("五彩の花瓶");
        assertThat(listed.get(0).get("credit").stringValue()).isEqualTo("Musée de Kutani");
        assertThat(listed.get(0).get("license").stringValue()).isEqualTo("CC-BY-4.0");
        assertThat(listed.get(1).get("file").stringValue()).isEqualTo("02-brochure.pdf");
        assertThat(listed.get(1).get("license").stringValue()).isEqualTo("all-rights-reserved");
    }

    @Test
    void importIntoAStoreWithoutTheEntryRestoresItsMediaWithTheirIdsAndItsDates() throws IOException {
        Entry before = entries.findBySlug(territory, "kutani").orElseThrow();
        List<EntryMedia.Attached> mediaBefore = media.of(entryId);
        entries.delete(ADMIN, entryId);
        assertThat(media.of(entryId)).isEmpty();

        ContentImporter.Report report = importer.importBundle(bundle, ContentImporter.Progress.NONE);

        assertThat(report.created()).isEqualTo(1);
        assertThat(report.media().attached()).isEqualTo(2);
        assertThat(report.warnings()).isEmpty();
        Entry after = entries.findBySlug(territory, "kutani").orElseThrow();
        assertThat(after.id()).isEqualTo(entryId);
        assertThat(after.isPublished()).isTrue();
        assertThat(List.of(after.createdAt(), after.updatedAt(), after.publishedAt()))
                .isEqualTo(List.of(before.createdAt(), before.updatedAt(), before.publishedAt()));
        List<EntryMedia.Attached> mediaAfter = media.of(entryId);
        assertThat(mediaAfter).isEqualTo(mediaBefore);
        // the same URLs as before, attached through the upload path: the original as it was,
        // renditions made, text extracted
        String photoId = mediaBefore.get(0).id();
        assertThat(fetch("/media/" + photoId + "/original").getResponse().getContentAsByteArray()).isEqualTo(PHOTO);
        assertThat(fetch("/media/" + photoId + "/thumb").getResponse().getStatus()).isEqualTo(200);
        JsonNode brochure = api.body(fetch("/api/v1/media/" + mediaBefore.get(1).id()));
        assertThat(brochure.get("pages").intValue()).isEqualTo(1);
        assertThat(brochure.get("characters").intValue()).isPositive();
    }

    @Test
    void reimportingTheBundleChangesNothing() throws IOException {
        entries.delete(ADMIN, entryId);
        importer.importBundle(bundle, ContentImporter.Progress.NONE);
        Entry imported = entries.findBySlug(territory, "kutani").orElseThrow();
        List<EntryMedia.Attached> mediaImported = media.of(entryId);

        ContentImporter.Report again = importer.importBundle(bundle, ContentImporter.Progress.NONE);

        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.media()).isEqualTo(new ContentImporter.MediaCount(0, 0, 0));
        assertThat(again.warnings()).isEmpty();
        assertThat(entries.findBySlug(territory, "kutani").orElseThrow()).isEqualTo(imported);
        assertThat(media.of(entryId)).isEqualTo(mediaImported);
    }

    @Test
    void aChangedCaptionUpdatesTheMediumInPlace() throws IOException {
        EntryMedia.Attached photo = media.of(entryId).get(0);
        editMedia(list -> ((ObjectNode) list.get(0).get("caption")).put("fr", "Vase, vu de face"));

        ContentImporter.Report report = importer.importBundle(bundle, ContentImporter.Progress.NONE);

        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.media()).isEqualTo(new ContentImporter.MediaCount(0, 1, 0));
        EntryMedia.Attached after = media.of(entryId).get(0);
        assertThat(after.id()).isEqualTo(photo.id());
        assertThat(after.details().caption()).containsEntry("fr", "Vase, vu de face").containsEntry("ja", "五彩の花瓶");
        assertThat(media.of(entryId)).hasSize(2);
    }

    @Test
    void theOrderFollowsTheListAndAnUnlistedMediumIsRemoved() throws IOException {
        List<String> ids = media.of(entryId).stream().map(EntryMedia.Attached::id).toList();
        editMedia(list -> list.add(list.remove(0)));
        importer.importBundle(bundle, ContentImporter.Progress.NONE);
        assertThat(media.of(entryId)).extracting(EntryMedia.Attached::id).containsExactly(ids.get(1), ids.get(0));

        editMedia(list -> list.remove(0));
        ContentImporter.Report report = importer.importBundle(bundle, ContentImporter.Progress.NONE);

        assertThat(report.media().removed()).isEqualTo(1);
        assertThat(media.of(entryId)).extracting(EntryMedia.Attached::id).containsExactly(ids.get(0));
    }

    @Test
    void aBundleWithoutCreditKeepsTheOneTheUploadTookFromTheExif() throws IOException {
        Path folder = bundle.resolve("entries/" + territory + "/kutani.media");
        Files.write(folder.resolve("03-signed.jpg"), Samples.orientedJpeg(1));
        editMedia(list -> list.addObject().put("file", "03-signed.jpg"));

        ContentImporter.Report first = importer.importBundle(bundle, ContentImporter.Progress.NONE);
        ContentImporter.Report second = importer.importBundle(bundle, ContentImporter.Progress.NONE);

        assertThat(first.media().attached()).isEqualTo(1);
        assertThat(media.of(entryId).get(2).details().credit()).isEqualTo("Akiko Tanaka");
        assertThat(second.media()).isEqualTo(new ContentImporter.MediaCount(0, 0, 0));
    }

    @Nested
    class AListedIdAlreadyTaken {

        @Test
        void byAnotherEntrysMediumGivesTheFileANewIdAndAWarning() throws IOException {
            String otherEntry = api.craftDraft(TestApi.ADMIN, territory, "Wajima").get("id").stringValue();
            upload(otherEntry, "bowl.jpg", Samples.photo(200, 200, 9), Map.of());
            EntryMedia.Attached others = media.of(otherEntry).get(0);
            String photoSha = media.of(entryId).get(0).sha256();
            String brochureId = media.of(entryId).get(1).id();
            entries.delete(ADMIN, entryId);
            editMedia(list -> ((ObjectNode) list.get(0)).put("id", others.id()));

            ContentImporter.Report report = importer.importBundle(bundle, ContentImporter.Progress.NONE);

            List<EntryMedia.Attached> imported = media.of(entryId);
            assertThat(imported).hasSize(2);
            assertThat(imported.get(0).id()).isNotEqualTo(others.id());
            assertThat(imported.get(0).sha256()).isEqualTo(photoSha);
            assertThat(imported.get(1).id()).isEqualTo(brochureId);
            assertThat(media.of(otherEntry)).containsExactly(others);
            assertThat(report.warnings()).singleElement().asString()
                    .contains("01-Vase-de-Kutani-1.jpg was attached as media " + imported.get(0).id())
                    .contains("its id " + others.id() + " is already used");
            assertThat(report.toString()).contains("\n  warning: ");
        }

        @Test
        void byTheMediumOfAReplacedFileGivesTheNewFileANewIdSoOldUrlsNeverShowOtherBytes() throws IOException {
            String oldPhotoId = media.of(entryId).get(0).id();
            byte[] otherPhoto = Samples.photo(320, 240, 8);
            Files.write(bundle.resolve("entries/" + territory + "/kutani.media/01-Vase-de-Kutani-1.jpg"), otherPhoto);

            ContentImporter.Report report = importer.importBundle(bundle, ContentImporter.Progress.NONE);
            ContentImporter.Report again = importer.importBundle(bundle, ContentImporter.Progress.NONE);

            assertThat(report.media()).isEqualTo(new ContentImporter.MediaCount(1, 0, 1));
            String newPhotoId = media.of(entryId).get(0).id();
            assertThat(newPhotoId).isNotEqualTo(oldPhotoId);
            assertThat(fetch("/media/" + newPhotoId + "/original").getResponse().getContentAsByteArray())
                    .isEqualTo(otherPhoto);
            assertThat(fetch("/media/" + oldPhotoId + "/original").getResponse().getStatus()).isEqualTo(404);
            assertThat(report.warnings()).singleElement().asString().contains("its id " + oldPhotoId);
            // matched by its bytes from then on: the id the list still gives is not used, nor warned about
            assertThat(again.media()).isEqualTo(new ContentImporter.MediaCount(0, 0, 0));
            assertThat(again.warnings()).isEmpty();
            assertThat(media.of(entryId).get(0).id()).isEqualTo(newPhotoId);
        }
    }

    @Nested
    class ARefusedBundle {

        @Test
        void namesAnInvalidMediaIdAndImportsNothing() throws IOException {
            editMedia(list -> {
                ((ObjectNode) list.get(1)).put("id", "../Not-An-Id");
                ((ObjectNode) list.get(0).get("caption")).put("fr", "Jamais appliqué");
            });

            assertThatThrownBy(() -> importer.importBundle(bundle, ContentImporter.Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kutani.yaml: media[1].id '../Not-An-Id' is not a media id");
            assertThat(media.of(entryId).get(0).details().caption()).containsEntry("fr", "Vase aux cinq couleurs");
        }

        @Test
        void namesAMissingFileAndImportsNothing() throws IOException {
            Files.delete(bundle.resolve("entries/" + territory + "/kutani.media/02-brochure.pdf"));
            editMedia(list -> ((ObjectNode) list.get(0).get("caption")).put("fr", "Jamais appliqué"));

            assertThatThrownBy(() -> importer.importBundle(bundle, ContentImporter.Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kutani.media/02-brochure.pdf is missing")
                    .hasMessageContaining("lists it as media[1]");
            assertThat(media.of(entryId).get(0).details().caption()).containsEntry("fr", "Vase aux cinq couleurs");
        }

        @Test
        void namesAFileThatAnUploadWouldRefuse() throws IOException {
            Files.writeString(bundle.resolve("entries/" + territory + "/kutani.media/01-Vase-de-Kutani-1.jpg"),
                    "<html><script>alert(1)</script></html>");

            assertThatThrownBy(() -> importer.importBundle(bundle, ContentImporter.Progress.NONE))
                    .hasMessageContaining("01-Vase-de-Kutani-1.jpg is refused: Files of type text/html");
        }

        @Test
        void namesAFileOutsideTheMediaFolderAndInvalidDetails() throws IOException {
            editMedia(list -> {
                ((ObjectNode) list.get(0)).put("file", "../kutani.yaml");
                ((ObjectNode) list.get(1)).put("license", "not a licence");
            });

            assertThatThrownBy(() -> importer.importBundle(bundle, ContentImporter.Progress.NONE))
                    .hasMessageContaining("kutani.yaml: media[0].file must name a file of kutani.media")
                    .hasMessageContaining("kutani.yaml: media[1].license");
        }
    }

    interface MediaEdit {
        void apply(ArrayNode list);
    }

    void editMedia(MediaEdit edit) throws IOException {
        ObjectNode body = (ObjectNode) BundleFiles.read(entryFile);
        edit.apply((ArrayNode) body.get("media"));
        Files.writeString(entryFile, BundleFiles.YAML.writeValueAsString(body), StandardCharsets.UTF_8);
    }

    void upload(String entry, String fileName, byte[] bytes, Map<String, String> fields) {
        var request = api.mvc().post().uri("/api/v1/entries/{id}/media", entry).multipart()
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", bytes))
                .header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN));
        for (var field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        assertThat(request.exchange().getResponse().getStatus()).isEqualTo(201);
    }

    MvcTestResult fetch(String uri) {
        return api.mvc().get().uri(uri).header(HttpHeaders.AUTHORIZATION, TestApi.bearer(TestApi.ADMIN)).exchange();
    }
}
