package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real Elasticsearch node for the tests: started once per test run, lazily, by the first test that
 * needs it ({@link #shared()}), stopped by a shutdown hook. It listens on free ports of 127.0.0.1 with
 * security on, as production clusters run: HTTPS with a self-signed certificate
 * ({@link #caCertificate()}) and a file-realm user ({@link NodeHome#USER}). Outage tests stop and
 * restart it on the same ports and data.
 */
public final class ElasticsearchNode {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static ElasticsearchNode shared;
    /** Why the node could not start: later tests fail at once with the same cause instead of retrying. */
    private static RuntimeException failure;

    private final NodeHome home;
    private final int httpPort;
    private final int transportPort;
    private final HttpClient http;
    private Process process;

    private ElasticsearchNode(NodeHome home) throws IOException {
        this.home = home;
        this.httpPort = freePort();
        this.transportPort = freePort();
        this.http = HttpClient.newBuilder().sslContext(trusting(home.caCertificate()))
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The node of this test run, started on first use. */
    public static synchronized ElasticsearchNode shared() {
        if (failure != null) {
            throw failure;
        }
        if (shared == null) {
            try {
                NodeHome home = NodeHome.fromBuild();
                home.prepare();
                ElasticsearchNode node = new ElasticsearchNode(home);
                Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "elasticsearch-test-node-stop"));
                node.start();
                shared = node;
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
                throw failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException(e);
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return shared;
    }

    /** The node if a test has started it, else null (nothing to report about). */
    static synchronized ElasticsearchNode startedOrNull() {
        return shared;
    }

    public String uri() {
        return "https://127.0.0.1:" + httpPort;
    }

    public String username() {
        return NodeHome.USER;
    }

    public String password() {
        return NodeHome.PASSWORD;
    }

    public Path caCertificate() {
        return home.caCertificate();
    }

    public Path log() {
        return home.runDir.resolve("logs/passerelle-test.log");
    }

    public synchronized void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(home.home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=passerelle-test",
                "-E", "discovery.type=single-node",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "path.data=" + home.runDir.resolve("data"),
                "-E", "path.logs=" + home.runDir.resolve("logs"),
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false",
                "-E", "xpack.security.enabled=true",
                "-E", "xpack.security.http.ssl.enabled=true",
                "-E", "xpack.security.http.ssl.key=certs/instance/instance.key",
                "-E", "xpack.security.http.ssl.certificate=certs/instance/instance.crt",
                "-E", "xpack.security.transport.ssl.enabled=false"));
        Path logs = Files.createDirectories(home.runDir.resolve("logs"));
        ProcessBuilder builder = home.environment(new ProcessBuilder(home.asNodeUser(command)))
                .directory(logs.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
        if (home.root) {
            new ProcessBuilder("chown", "-R", NodeHome.SYSTEM_USER + ":", home.runDir.toString()).start().waitFor();
        }
        process = builder.start();
        awaitHealthy();
    }

    /** Stops the node (as an outage would), keeping its data for {@link #start()}. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        // the launcher stops the server process it started, then exits
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** {@code GET} as the test user; the body, or an exception when the status is not 2xx. */
    public String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(uri() + path)).GET());
    }

    /** A request with a JSON body as the test user. */
    public String send(String method, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(uri() + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", basicAuth())
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String basicAuth() {
        return "Basic " + Base64.getEncoder()
                .encodeToString((NodeHome.USER + ":" + NodeHome.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The Elasticsearch test node exited (" + process.exitValue()
                        + "):\n" + NodeLogs.tail(home.runDir.resolve("logs"), 60));
            }
            try {
                get("/_cluster/health?wait_for_status=yellow&timeout=1s");
                return;
            } catch (RuntimeException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("The Elasticsearch test node did not start within " + START_TIMEOUT + ":\n"
                + NodeLogs.tail(home.runDir.resolve("logs"), 60));
    }

    private static SSLContext trusting(Path certificate) {
        try (InputStream in = Files.newInputStream(certificate)) {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The run's log folder, for {@link NodeLogs}. */
    Path logs() {
        return home.runDir.resolve("logs");
    }
}
