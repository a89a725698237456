package org.passerelle.search.elasticsearch;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Time;

/**
 * The cluster as {@code /actuator/health} shows it: down when unreachable, refusing our credentials or
 * red (some primary shard unassigned); up when green or yellow (replicas missing: searches still work),
 * with the index behind the alias and its size.
 */
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;
    private final String alias;

    ElasticsearchHealthIndicator(ElasticsearchClient client, String alias) {
        super("Elasticsearch health check failed");
        this.client = client;
        this.alias = alias;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var health = client.cluster().health(h -> h.timeout(Time.of(t -> t.time("5s"))));
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes())
                .withDetail("alias", alias);
        if (client.indices().existsAlias(a -> a.name(alias)).value()) {
            var aliases = client.indices().getAlias(a -> a.name(alias));
            String index = aliases.result().keySet().iterator().next();
            builder.withDetail("index", index)
                    .withDetail("documents", client.count(c -> c.index(alias)).count());
        }
    }
}
