package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;

/**
 * The versioned indexes behind the alias: {@code <alias>-0} at first, {@code <alias>-<millis>} for each
 * rebuild; the alias moves from one to the next in a single atomic aliases request, so searches
 * always find exactly one index behind it. Mappings are explicit ({@code search/elasticsearch-entries.json}).
 */
final class EsIndexes {

    private static final String MAPPINGS = "search/elasticsearch-entries.json";

    private final ElasticsearchClient client;
    private final ElasticsearchProperties properties;
    private final int maxWindow;
    private volatile boolean aliasReady;

    EsIndexes(ElasticsearchClient client, ElasticsearchProperties properties, int maxWindow) {
        this.client = client;
        this.properties = properties;
        this.maxWindow = maxWindow;
    }

    String alias() {
        return properties.alias();
    }

    /**
     * Creates the first index and its alias unless the alias exists. Idempotent, safe from several
     * instances; asks the cluster only until it once succeeded, not on every search and write.
     */
    void ensureAlias() throws IOException {
        if (aliasReady) {
            return;
        }
        if (client.indices().existsAlias(a -> a.name(alias())).value()) {
            aliasReady = true;
            return;
        }
        String first = alias() + "-0";
        try {
            create(first, false);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias()))));
        aliasReady = true;
    }

    /** The index the alias points to now. */
    String current() throws IOException {
        var aliases = client.indices().getAlias(a -> a.name(alias()));
        return aliases.result().keySet().iterator().next();
    }

    /** A new index; while {@code bulkLoad}, without replicas or refreshes, as a rebuild wants it. */
    String createNext() throws IOException {
        String name = alias() + "-" + System.currentTimeMillis();
        create(name, true);
        return name;
    }

    private void create(String name, boolean bulkLoad) throws IOException {
        try (InputStream mappings = new ClassPathResource(MAPPINGS).getInputStream()) {
            client.indices().create(CreateIndexRequest.of(c -> c.index(name).withJson(mappings)
                    .settings(s -> s.numberOfShards(Integer.toString(properties.shards()))
                            .numberOfReplicas(Integer.toString(bulkLoad ? 0 : properties.replicas()))
                            .refreshInterval(bulkLoad ? Time.of(t -> t.time("-1")) : interval())
                            // page × size reaches maxWindow, and one hit more tells whether a page follows
                            .maxResultWindow(maxWindow + 1))));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Back to the serving settings, visible, then behind the alias in place of {@code previous}; drops it. */
    void promote(String next, String previous) throws IOException {
        client.indices().putSettings(p -> p.index(next).settings(s -> s.refreshInterval(interval())
                .numberOfReplicas(Integer.toString(properties.replicas()))));
        client.indices().refresh(r -> r.index(next));
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(previous).alias(alias())))
                .actions(a -> a.add(add -> add.index(next).alias(alias()))));
    }

    /**
     * Indexes of this alias that no longer serve — replaced before {@code before} (epoch millis), or
     * left by a rebuild that a crash interrupted — are dropped.
     */
    void deleteLeftovers(long before) throws IOException {
        String current = current();
        var all = client.indices().get(g -> g.index(alias() + "-*").ignoreUnavailable(true).allowNoIndices(true));
        for (String index : all.result().keySet()) {
            String suffix = index.substring(alias().length() + 1);
            if (!index.equals(current) && suffix.matches("\\d+") && Long.parseLong(suffix) < before) {
                delete(index);
            }
        }
    }

    void delete(String index) throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    private Time interval() {
        Duration interval = properties.refreshInterval();
        return Time.of(t -> t.time(interval.toMillis() + "ms"));
    }
}
