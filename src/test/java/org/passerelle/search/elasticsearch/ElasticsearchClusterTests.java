package org.passerelle.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Connecting to a cluster with security on, as production clusters run: HTTPS trusting the configured CA,
 * and a user's password or an API key. Wrong credentials or an untrusted certificate are refused, and the
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

    @Test
    void anApiKeyIsAccepted() throws Exception {
        String created = node.send("POST", "/_security/api_key", "{\"name\": \"passerelle-test\"}");
        String encoded = JsonMapper.builder().build().readTree(created).get("encoded").stringValue();
        try (ElasticsearchClient client = ElasticsearchClients.create(
                properties(null, null, encoded, node.caCertificate()))) {
            assertThat(client.security().authenticate().apiKey().name()).isEqualTo("passerelle-test");
        }
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
