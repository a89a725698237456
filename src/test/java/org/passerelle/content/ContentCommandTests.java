package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.PasserelleApplication;
import org.passerelle.media.Samples;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: import into an empty store, export it, import the export into another empty
 * store, export again: both exports are the same files (ids, dates and media included); a bad bundle
 * exits 1 with its problems named, and misuse exits 2.
 */
class ContentCommandTests {

    static final byte[] PHOTO = Samples.photo(200, 150, 3);
    static final byte[] NOTICE = Samples.docx("Le Kutani se reconnaît à ses cinq couleurs.");

    static int run(String database, String... args) {
        SpringApplication app = new SpringApplication(PasserelleApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setAdditionalProfiles("command");
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:mem:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        all[args.length + 1] = "--passerelle.admin-token=test-admin-token";
        all[args.length + 2] = "--passerelle.data-dir=target/test-data/" + database;
        try (ConfigurableApplicationContext context = app.run(all)) {
            return SpringApplication.exit(context);
        }
    }

    @Test
    void importThenExportRoundTripsBetweenStores(@TempDir Path source, @TempDir Path first, @TempDir Path second)
            throws Exception {
        ContentBundleTests.copyTree(Path.of("content"), source);
        Path media = Files.createDirectories(source.resolve("entries/kanazawa/kutani-yaki.media"));
        Files.write(media.resolve("vase.jpg"), PHOTO);
        Files.write(media.resolve("notice.docx"), NOTICE);
        Files.writeString(source.resolve("entries/kanazawa/kutani-yaki.yaml"), """
                media:
                  - file: vase.jpg
                    caption: {fr: "Vase de Kutani", ja: "九谷焼の花瓶"}
                    credit: "Musée de Kutani"
                    license: CC-BY-4.0
                  - file: notice.docx
                """, StandardOpenOption.APPEND);
        String storeA = "cli-" + UUID.randomUUID();
        String storeB = "cli-" + UUID.randomUUID();
        Printed printed = Printed.capture(() -> assertThat(run(storeA, "import", source.toString())).isZero());
        assertThat(printed.out()).containsPattern("Imported .*: \\d+ created, 0 updated, 0 unchanged; media: 2 attached");

        assertThat(run(storeA, "export", first.toString())).isZero();
        assertThat(run(storeB, "import", first.toString())).isZero();
        assertThat(run(storeB, "export", second.toString())).isZero();

        // ids, dates, media files and their details: both exports are the same files
        assertThat(ContentBundleTests.tree(second)).isEqualTo(ContentBundleTests.tree(first)).isNotEmpty();
        Path exported = first.resolve("entries/kanazawa/kutani-yaki.media");
        assertThat(Files.readAllBytes(exported.resolve("01-vase.jpg"))).isEqualTo(PHOTO);
        assertThat(Files.readAllBytes(exported.resolve("02-notice.docx"))).isEqualTo(NOTICE);
        assertThat(Files.readString(first.resolve("entries/kanazawa/kutani-yaki.yaml")))
                .contains("createdAt:", "updatedAt:", "publishedAt:", "file: 01-vase.jpg", "九谷焼の花瓶");
    }

    @Test
    void aMissingMediaFileFailsTheImportNamingItWithoutAStackTrace(@TempDir Path bundle) throws Exception {
        Files.createDirectories(bundle.resolve("territories"));
        Files.createDirectories(bundle.resolve("entries/metz"));
        Files.writeString(bundle.resolve("territories/metz.yaml"), "slug: metz\nname: {fr: Metz}\ncountry: FR\n");
        Files.writeString(bundle.resolve("entries/metz/vitrail.yaml"), """
                kind: craft
                craft: glass
                title: {fr: "Vitrail", ja: "ステンドグラス"}
                media:
                  - file: rose.jpg
                """);
        int[] exit = new int[1];

        Printed printed = Printed.capture(() -> exit[0] = run("cli-" + UUID.randomUUID(), "import", bundle.toString()));

        assertThat(exit[0]).isEqualTo(1);
        assertThat(printed.err()).contains("vitrail.media" + java.io.File.separator + "rose.jpg is missing")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void misuseExitsWithTwoAndAMissingFolderWithOne() {
        assertThat(run("cli-" + UUID.randomUUID(), "import")).isEqualTo(2);
        assertThat(run("cli-" + UUID.randomUUID(), "import", "/does/not/exist")).isEqualTo(1);
    }

    /** What a run printed on the standard output and error. */
    record Printed(String out, String err) {
        static Printed capture(Runnable run) {
            PrintStream out = System.out;
            PrintStream err = System.err;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
                run.run();
            } finally {
                System.setOut(out);
                System.setErr(err);
            }
            return new Printed(printed.toString(StandardCharsets.UTF_8), errors.toString(StandardCharsets.UTF_8));
        }
    }
}
