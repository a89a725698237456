package org.passerelle.search.elasticsearch;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points an application context at the shared test node: the Elasticsearch engine over HTTPS with the
 * test user, one shard and no replica (a single node), and an alias of its own per test class, since
 * every context has a store of its own.
 */
public final class ElasticsearchTestProperties {

    private ElasticsearchTestProperties() {
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
