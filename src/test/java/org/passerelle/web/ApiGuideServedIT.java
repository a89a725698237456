package org.passerelle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service as shipped serves the API guide. The guide is rendered after the unit tests (it is
 * made of their snippets) and before the jar is packaged, so this runs in the integration-test
 * phase, against the very jar the build produced, started as its own process: what it proves is
 * that {@code java -jar passerelle.jar} answers {@code /docs/index.html} with the whole guide.
 */
class ApiGuideServedIT {

    static final Duration STARTUP = Duration.ofSeconds(180);

    static Process service;
    static String base;
    static Path log;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        Path jar = Paths.get(System.getProperty("passerelle.it.jar", "target/passerelle.jar"));
        assertThat(jar).as("the packaged jar (run by failsafe after 'package')").isRegularFile();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path data = Files.createTempDirectory("passerelle-it");
        log = Files.createTempFile("passerelle-it", ".log");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(List.of(java, "-Xmx384m", "-jar", jar.toString(),
                "--server.port=" + port, "--passerelle.data-dir=" + data,
                "--passerelle.content.import-on-empty-store=false"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        base = "http://127.0.0.1:" + port;
        // startup of a full service on a shared machine: wait for health, fail fast if it died
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited:\n" + Files.readString(log));
            }
            try {
                return get("/actuator/health").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @AfterAll
    static void stopTheJar() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRunningServiceServesTheWholeRenderedGuide() throws Exception {
        HttpResponse<String> response = get("/docs/index.html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Document guide = Jsoup.parse(response.body());
        assertThat(guide.title()).isEqualTo("Passerelle API guide");
        assertThat(response.body()).as("every snippet the guide names was found when it was rendered")
                .doesNotContain("Unresolved directive").doesNotContain("not found for");
        assertThat(guide.select("h2").eachText()).contains("Overview", "Territories", "Entries", "Search", "Media",
                "Revisions", "Tokens (admin)", "Atom feed", "Pages and embeds", "oEmbed");
        assertThat(guide.select("h3").eachText()).contains("Authentication", "Languages", "Errors",
                "Search and list entries", "GeoJSON", "Upload an image or a document", "Cross-promotion",
                "Embedded listing");
        // the examples are the tests' own requests and responses
        assertThat(guide.select("pre").text()).contains("/api/v1/entries?q=verre", "\"facets\"",
                "FeatureCollection", "/api/v1/territories/", "/promotions", "-F 'file=@vitrail.jpg");
    }
}
