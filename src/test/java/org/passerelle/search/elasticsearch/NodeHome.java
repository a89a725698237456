package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Elasticsearch distribution that Maven unpacked into {@code target/elasticsearch}, made ready to
 * run a test node: our analysis plugin installed (again whenever the zip changed), a file-realm user,
 * a self-signed certificate for HTTPS, and, when the build runs as root (Elasticsearch refuses to),
 * an unprivileged user owning the files. Each step runs only when its result is missing, so a second
 * test run starts the node without the ~20 s of tool launches.
 */
final class NodeHome {

    /** The unprivileged account the node runs under when the build is root. */
    static final String SYSTEM_USER = "passerelle-es";
    static final String USER = "passerelle";
    static final String PASSWORD = "passerelle-test-password";

    final Path home;
    final Path plugin;
    final Path runDir;
    final boolean root;

    NodeHome(Path home, Path plugin, Path runDir) {
        this.home = home;
        this.plugin = plugin;
        this.runDir = runDir;
        this.root = "root".equals(System.getProperty("user.name"));
    }

    static NodeHome fromBuild() {
        Path home = Path.of(System.getProperty("passerelle.test.es.home",
                "target/elasticsearch/elasticsearch-8.19.21")).toAbsolutePath();
        Path plugin = Path.of(System.getProperty("passerelle.test.es.plugin",
                "target/passerelle-analysis-es-plugin.zip")).toAbsolutePath();
        if (!Files.isExecutable(home.resolve("bin/elasticsearch")) || !Files.isRegularFile(plugin)) {
            throw new IllegalStateException("No Elasticsearch distribution in " + home + " or no plugin " + plugin
                    + ": run the tests through Maven (./mvnw test), which unpacks the one and builds the other.");
        }
        return new NodeHome(home, plugin, home.getParent().getParent().resolve("es-run"));
    }

    Path caCertificate() {
        return home.resolve("config/certs/instance/instance.crt");
    }

    void prepare() throws IOException, InterruptedException {
        if (root) {
            ensureSystemUser();
        }
        installPlugin();
        if (!Files.isRegularFile(caCertificate())) {
            Path zip = home.resolve("config/certs.zip");
            Files.deleteIfExists(zip);
            tool("bin/elasticsearch-certutil", "cert", "--self-signed", "--pem", "--ip", "127.0.0.1", "--dns",
                    "localhost", "--out", zip.toString(), "--silent");
            Files.createDirectories(home.resolve("config/certs"));
            run(List.of("unzip", "-o", "-q", zip.toString(), "-d", home.resolve("config/certs").toString()));
        }
        if (!Files.readString(home.resolve("config/users")).contains(USER + ":")) {
            tool("bin/elasticsearch-users", "useradd", USER, "-p", PASSWORD, "-r", "superuser");
        }
        deleteRecursively(runDir);
        Files.createDirectories(runDir.resolve("tmp"));
        if (root) {
            run(List.of("chown", "-R", SYSTEM_USER + ":", home.toString(), runDir.toString()));
        }
    }

    /** The command that runs {@code argv} as the node's account (as is, unless the build is root). */
    List<String> asNodeUser(List<String> argv) {
        List<String> command = new ArrayList<>();
        if (root) {
            // --pdeathsig: the node goes down with the test JVM, however that one ends
            command.addAll(List.of("setpriv", "--reuid=" + SYSTEM_USER, "--regid=" + SYSTEM_USER, "--init-groups",
                    "--pdeathsig=TERM", "--"));
        }
        command.addAll(argv);
        return command;
    }

    ProcessBuilder environment(ProcessBuilder builder) {
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_TMPDIR", runDir.resolve("tmp").toString());
        // a 2-core machine shared with other builds: a small heap, and no machine-learning native process
        builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m -XX:ActiveProcessorCount=2");
        return builder;
    }

    private void installPlugin() throws IOException, InterruptedException {
        Path marker = home.getParent().resolve("passerelle-analysis.sha256");
        String digest = sha256(plugin);
        Path installed = home.resolve("plugins/passerelle-analysis");
        if (Files.isDirectory(installed) && Files.exists(marker) && Files.readString(marker).equals(digest)) {
            return;
        }
        if (Files.isDirectory(installed)) {
            tool("bin/elasticsearch-plugin", "remove", "passerelle-analysis");
        }
        tool("bin/elasticsearch-plugin", "install", "--batch", plugin.toUri().toString());
        Files.writeString(marker, digest);
    }

    private void ensureSystemUser() throws IOException, InterruptedException {
        if (run(List.of("id", "-u", SYSTEM_USER), true) != 0) {
            run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER));
        }
    }

    private void tool(String... argv) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(home.resolve(argv[0]).toString());
        command.addAll(List.of(argv).subList(1, argv.length));
        run(command);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        run(command, false);
    }

    private int run(List<String> command, boolean mayFail) throws IOException, InterruptedException {
        Path output = Files.createTempFile("es-tool", ".log");
        try {
            ProcessBuilder builder = environment(new ProcessBuilder(command)).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("ES_JAVA_OPTS", "-Xms64m -Xmx256m");
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish");
            }
            if (process.exitValue() != 0 && !mayFail) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue()
                        + "):\n" + Files.readString(output));
            }
            return process.exitValue();
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
