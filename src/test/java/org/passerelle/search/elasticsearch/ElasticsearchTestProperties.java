package org.passerelle.search.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * Points an application context at the shared test node: the Elasticsearch engine over HTTPS with the
 * test user, one shard and no replica (a single node), and an alias of its own per test class, since
 * every context has a store of its own.
 */
public final class ElasticsearchTestProperties {

    private ElasticsearchTestProperties() {
    }

    /** An engine on the test node, outside Spring (benchmarks), with an alias of its own. */
    public static ElasticsearchSearchEngine engine(String alias, int facetSize, Duration cursorKeepAlive) {
        ElasticsearchNode node = ElasticsearchNode.shared();
        ElasticsearchProperties properties = new ElasticsearchProperties(List.of(URI.create(node.uri())),
                node.username(), node.password(), null, node.caCertificate(), alias, 1, 0, Duration.ofSeconds(1),
                DataSize.ofMegabytes(5), 6, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(60));
        return new ElasticsearchSearchEngine(ElasticsearchClients.create(properties), properties, facetSize, 10_000,
                cursorKeepAlive, JsonMapper.builder().build());
    }

    /** Registers the properties; returns the alias of this context's index. */
    public static String register(DynamicPropertyRegistry registry) {
        ElasticsearchNode node = ElasticsearchNode.shared();
        String alias = "passerelle-test-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("passerelle.search.engine", () -> "elasticsearch");
        registry.add("passerelle.search.elasticsearch.uris", node::uri);
        registry.add("passerelle.search.elasticsearch.username", node::username);
        registry.add("passerelle.search.elasticsearch.password", node::password);
        registry.add("passerelle.search.elasticsearch.ca-certificate", () -> node.caCertificate().toString());
        registry.add("passerelle.search.elasticsearch.alias", () -> alias);
        registry.add("passerelle.search.elasticsearch.replicas", () -> "0");
        return alias;
    }
}
