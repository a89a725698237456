package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.media.EntryMedia;
import org.passerelle.support.PasserelleTest;
import org.passerelle.territory.TerritoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The starter catalogue in content/ imports cleanly, re-imports as a no-op, and survives an export and
 * import into an empty store unchanged. Runs in a context of its own: the real slugs are fixed.
 */
@PasserelleTest
@TestPropertySource(properties = "passerelle.test.context=content-bundle")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentBundleTests {

    static final Path STARTER = Path.of("content");

    @Autowired
    ContentImporter importer;
    @Autowired
    ContentExporter exporter;
    @Autowired
    TerritoryService territories;
    @Autowired
    EntryService entries;

    ContentImporter.Report first;

    @BeforeAll
    void importStarter() throws IOException {
        first = importer.importBundle(STARTER, ContentImporter.Progress.NONE);
    }

    @Test
    void theStarterCatalogueIsRealSized() {
        assertThat(territories.all()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(territories.all()).extracting(t -> t.country()).contains("FR", "JP");
        var all = entries.all(null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(e -> e.content().kind().code()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("heritage-site", "craft", "exhibition", "event");
        assertThat(all.stream().filter(e -> e.content().craft() != null).map(e -> e.content().craft().code()))
                .contains("spinning", "textile", "pottery", "glass", "lacquer");
        assertThat(all).allSatisfy(e -> {
            assertThat(e.content().title()).containsKeys("fr", "ja");
            assertThat(e.content().summary()).containsKeys("fr", "ja");
            assertThat(e.content().sources()).isNotEmpty();
        });
        assertThat(territories.find("nancy").orElseThrow().partners())
                .anySatisfy(p -> {
                    assertThat(p.territory()).isEqualTo("kanazawa");
                    assertThat(p.since()).isEqualTo(1973);
                });
        assertThat(territories.find("kanazawa").orElseThrow().partners()).extracting(p -> p.territory())
                .contains("nancy");
    }

    @Test
    void reimportingChangesNothing() throws IOException {
        assertThat(first.created()).isGreaterThanOrEqualTo(48);
        ContentImporter.Report again = importer.importBundle(STARTER, ContentImporter.Progress.NONE);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.created() + first.updated() + first.unchanged());
    }

    @Test
    void anEditedFileUpdatesItsEntryInPlace(@TempDir Path copy) throws IOException {
        copyTree(STARTER, copy);
        Path file = copy.resolve("entries/kanazawa/kutani-yaki.yaml");
        Files.writeString(file, Files.readString(file).replace("ceramics]", "ceramics, edited-tag]"));
        Entry before = entries.findBySlug("kanazawa", "kutani-yaki").orElseThrow();

        ContentImporter.Report report = importer.importBundle(copy, ContentImporter.Progress.NONE);

        assertThat(report.created()).isZero();
        assertThat(report.updated()).isEqualTo(1);
        Entry after = entries.findBySlug("kanazawa", "kutani-yaki").orElseThrow();
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.content().tags()).contains("edited-tag");
        importer.importBundle(STARTER, ContentImporter.Progress.NONE);
    }

    @Test
    void exportThenImportIsLossless(@TempDir Path exported) throws IOException {
        exporter.export(exported, ContentImporter.Progress.NONE);
        ContentImporter.Report report = importer.importBundle(exported, ContentImporter.Progress.NONE);
        assertThat(report.created()).isZero();
        assertThat(report.updated()).isZero();
        // each partnership is written once, on the side whose slug sorts first
        assertThat(Files.readString(exported.resolve("territories/kanazawa.yaml"))).contains("nancy", "1973");
    }

    @Test
    void anInvalidBundleIsRefusedWholeWithEveryProblem(@TempDir Path bad) throws IOException {
        Files.createDirectories(bad.resolve("territories"));
        Files.createDirectories(bad.resolve("entries/nancy"));
        Files.writeString(bad.resolve("territories/metz.yaml"), "slug: metz\nname: {fr: Metz}\ncountry: XX\n");
        Files.writeString(bad.resolve("entries/nancy/broken.yaml"), "slug: broken\nkind: castle\ntitle: {fr: X}\n");
        Files.writeString(bad.resolve("entries/nancy/unparsable.yaml"), "title: [unclosed\n");

        assertThatThrownBy(() -> importer.importBundle(bad, ContentImporter.Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metz.yaml: country").hasMessageContaining("broken.yaml: kind")
                .hasMessageContaining("unparsable.yaml");
        assertThat(territories.find("metz")).isEmpty();
    }

    /** Every file of a folder: the text of YAML files, the SHA-256 of the others (media). */
    static Map<String, String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> result = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(file).toString(), file.toString().endsWith(".yaml") ? Files.readString(file)
                        : "sha256 " + EntryMedia.sha256(file));
            }
            return result;
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
