package org.passerelle.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.PasserelleApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: import into an empty store, export it, import the export into another empty
 * store, export again: both exports are the same files (ids included), and misuse exits 2.
 */
class ContentCommandTests {

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
    void importThenExportRoundTripsBetweenStores(@TempDir Path first, @TempDir Path second) throws Exception {
        String storeA = "cli-" + UUID.randomUUID();
        String storeB = "cli-" + UUID.randomUUID();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(run(storeA, "import", "content")).isZero();
        } finally {
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).containsPattern("Imported content: \\d+ created, 0 updated");

        assertThat(run(storeA, "export", first.toString())).isZero();
        assertThat(run(storeB, "import", first.toString())).isZero();
        assertThat(run(storeB, "export", second.toString())).isZero();

        assertThat(ContentBundleTests.tree(second)).isEqualTo(ContentBundleTests.tree(first)).isNotEmpty();
    }

    @Test
    void misuseExitsWithTwoAndAMissingFolderWithOne() {
        assertThat(run("cli-" + UUID.randomUUID(), "import")).isEqualTo(2);
        assertThat(run("cli-" + UUID.randomUUID(), "import", "/does/not/exist")).isEqualTo(1);
    }
}
