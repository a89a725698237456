package org.passerelle.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.sun.net.httpserver.HttpServer;

/**
 * Connecting to a cluster with security on, as production clusters run: HTTPS trusting the configured CA,
 * and a user's password (or an API key). Wrong credentials or an untrusted certificate are refused, and the
 * health indicator says so.
 */
@ExtendWith(NodeLogs.class)
class ElasticsearchClusterTests {

    private final ElasticsearchNode node = ElasticsearchNode.shared();

    private ElasticsearchProperties properties(String username, String password, String apiKey, Path ca) {
        return new ElasticsearchProperties(List.of(URI.create(node.uri())), username, password, apiKey, ca,
                "passerelle-cluster-tests", 1, 0, Duration.ofSeconds(1), org.springframework.util.unit.DataSize
                        .ofMegabytes(5), 2, Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void userAndPasswordOverTlsWithTheConfiguredCaAreAccepted() throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.create(
                properties(node.username(), node.password(), null, node.caCertificate()))) {
            assertThat(client.security().authenticate().username()).isEqualTo(node.username());
            var health = new ElasticsearchHealthIndicator(client, "passerelle-cluster-tests").health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("cluster", "passerelle-test");
        }
    }

    /**
     * The test distribution cannot issue API keys (they live in the .security index, whose mapping needs
     * analysis-common), so this checks against a stand-in server that the key goes out as Elasticsearch
     * expects it: {@code Authorization: ApiKey <encoded>}.
     */
    @Test
    void anApiKeyIsSentAsElasticsearchExpectsIt() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try (ElasticsearchClient client = ElasticsearchClients.create(new ElasticsearchProperties(
                List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())), null, null,
                "aWQ6a2V5", null, "passerelle-cluster-tests", 1, 0, Duration.ofSeconds(1),
                org.springframework.util.unit.DataSize.ofMegabytes(5), 2, Duration.ofMillis(50),
                Duration.ofSeconds(5), Duration.ofSeconds(30)))) {
            assertThat(client.ping().value()).isTrue();
        } finally {
            server.stop(0);
        }
        assertThat(received).containsExactly("ApiKey aWQ6a2V5");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheClusterReportedDown() throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.create(
                properties(node.username(), "not-the-password", null, node.caCertificate()))) {
            assertThatThrownBy(() -> client.cluster().health())
                    .isInstanceOfSatisfying(ElasticsearchException.class, e -> assertThat(e.status()).isEqualTo(401));
            assertThat(new ElasticsearchHealthIndicator(client, "passerelle-cluster-tests").health(true).getStatus())
                    .isEqualTo(Status.DOWN);
        }
    }

    @Test
    void aCertificateNotSignedByATrustedCaIsRefused() throws Exception {
        try (ElasticsearchClient client = ElasticsearchClients.create(
                properties(node.username(), node.password(), null, null))) {
            assertThatThrownBy(() -> client.cluster().health()).hasStackTraceContaining("SSLHandshakeException");
        }
    }
}
