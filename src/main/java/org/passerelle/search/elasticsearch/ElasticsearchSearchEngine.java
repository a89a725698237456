package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchEngine;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.passerelle.search.Suggestion;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search engine on an Elasticsearch cluster. Searches, suggestions and related entries read
 * through an alias; the writes and the rebuild that moves the alias to a fresh index are
 * {@link EsIndexWriter}'s, as they share its lock.
 */
public class ElasticsearchSearchEngine implements SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);

    private final EsIndexes indexes;
    private final EsIndexWriter writer;
    private final EsSearcher searcher;
    private final EsSuggester suggester;
    private final EsRelated related;
    private final ElasticsearchClient client;

    public ElasticsearchSearchEngine(ElasticsearchClient client, ElasticsearchProperties properties, int facetSize,
            int maxWindow, Duration cursorKeepAlive, JsonMapper json) {
        this.client = client;
        this.indexes = new EsIndexes(client, properties, maxWindow);
        EsDocuments documents = new EsDocuments(json);
        EsHits hits = new EsHits(json, documents);
        EsBulk bulk = new EsBulk(client, properties.maxRetries(), properties.initialBackoff());
        this.writer = new EsIndexWriter(properties, indexes, documents, bulk, cursorKeepAlive);
        this.searcher = new EsSearcher(client, new EsQueries(), hits, facetSize, cursorKeepAlive);
        this.suggester = new EsSuggester(client, hits);
        this.related = new EsRelated(client, hits);
    }

    @Override
    public void index(Collection<SearchDocument> batch) {
        writer.index(batch);
    }

    @Override
    public void remove(String entryId) {
        writer.remove(entryId);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return read(() -> searcher.search(indexes.alias(), query));
    }

    @Override
    public List<Suggestion> suggest(String prefix, Lang lang, int size) {
        return read(() -> suggester.suggest(indexes.alias(), prefix, lang, size));
    }

    @Override
    public List<SearchHit> related(String entryId, Set<String> preferredTerritories, int size) {
        return read(() -> related.related(indexes.alias(), entryId, preferredTerritories, size));
    }

    @Override
    public IndexState state() {
        try {
            indexes.ensureAlias();
            var response = client.search(s -> s.index(indexes.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                    .aggregations("updated", a -> a.max(m -> m.field(IndexFields.UPDATED))), Void.class);
            long count = response.hits().total() == null ? 0 : response.hits().total().value();
            Double last = response.aggregations().get("updated").max().value();
            return new IndexState(count, count == 0 || last == null || last <= 0 ? null
                    : Instant.ofEpochMilli(last.longValue()));
        } catch (IOException | RuntimeException e) {
            // unreachable at start-up: report an empty index, so that a rebuild is tried (and logged if it fails)
            log.warn("Elasticsearch index state unavailable: {}", e.toString());
            return new IndexState(0, null);
        }
    }

    @Override
    public long rebuild(Iterable<SearchDocument> all, Function<String, Optional<SearchDocument>> reload) {
        return writer.rebuild(all, reload);
    }

    /** Stops the retirements still pending: the next rebuild or start-up drops such leftovers. */
    public void close() {
        writer.close();
    }

    private interface Read<T> {
        T apply() throws IOException;
    }

    /** A search the cluster cannot answer now is a 503 problem for the caller, not a server error. */
    private <T> T read(Read<T> read) {
        try {
            indexes.ensureAlias();
            return read.apply();
        } catch (IOException e) {
            // connection refused, timeouts, and TransportException (an IOException too)
            log.warn("Elasticsearch did not answer: {}", e.toString());
            throw unavailable();
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 429) {
                log.warn("Elasticsearch could not answer: {}", e.toString());
                throw unavailable();
            }
            throw e;
        }
    }

    private static ApiProblem unavailable() {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable",
                "Search is unavailable for a moment; please try again shortly.");
    }
}
