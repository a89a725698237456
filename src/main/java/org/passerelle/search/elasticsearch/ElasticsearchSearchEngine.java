package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

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
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search engine on an Elasticsearch cluster. Searches and writes go through an alias; a rebuild
 * fills a new index beside the live one while writes go to both (the entries they touch are re-read
 * before the swap), then moves the alias atomically. A write returns once the cluster has acknowledged
 * it and made it searchable ({@code refresh=wait_for}); one that fails throws, so that the outbox
 * keeps the event and the index catches up once the cluster is back.
 */
public class ElasticsearchSearchEngine implements SearchEngine {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchSearchEngine.class);
    /** Room for the action line of a bulk operation beside its document. */
    private static final int ACTION_BYTES = 100;

    private final ElasticsearchProperties properties;
    private final EsIndexes indexes;
    private final EsDocuments documents;
    private final EsBulk bulk;
    private final EsSearcher searcher;
    private final EsSuggester suggester;
    private final EsRelated related;
    private final ElasticsearchClient client;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object rebuildLock = new Object();
    private final Duration cursorKeepAlive;
    private final ScheduledExecutorService retired = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "elasticsearch-index-retirement");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean aliasReady;
    private volatile String rebuilding;
    private volatile Set<String> touchedDuringRebuild;

    public ElasticsearchSearchEngine(ElasticsearchClient client, ElasticsearchProperties properties, int facetSize,
            int maxWindow, Duration cursorKeepAlive, JsonMapper json) {
        this.client = client;
        this.properties = properties;
        this.cursorKeepAlive = cursorKeepAlive;
        this.indexes = new EsIndexes(client, properties, maxWindow);
        this.documents = new EsDocuments(json);
        EsHits hits = new EsHits(json, documents);
        this.bulk = new EsBulk(client, properties.maxRetries(), properties.initialBackoff());
        this.searcher = new EsSearcher(client, new EsQueries(), hits, facetSize, cursorKeepAlive);
        this.suggester = new EsSuggester(client, hits);
        this.related = new EsRelated(client, hits);
    }

    @Override
    public void index(Collection<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        write(batch.stream().map(SearchDocument::id).toList(), index -> batch.stream()
                .map(document -> indexOperation(index, document)).toList());
    }

    @Override
    public void remove(String entryId) {
        write(List.of(entryId), index -> List.of(BulkOperation.of(o -> o.delete(d -> d.index(index).id(entryId)))));
    }

    private void write(List<String> ids, Function<String, List<BulkOperation>> operations) {
        swap.readLock().lock();
        try {
            ensureAlias();
            List<BulkOperation> all = new ArrayList<>(operations.apply(indexes.alias()));
            String next = rebuilding;
            if (next != null) {
                touchedDuringRebuild.addAll(ids);
                all.addAll(operations.apply(next));
            }
            bulk.send(all, Refresh.WaitFor);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the write of " + ids, e);
        } finally {
            swap.readLock().unlock();
        }
    }

    private BulkOperation indexOperation(String index, SearchDocument document) {
        byte[] json = documents.toJson(document);
        return BulkOperation.of(o -> o.index(i -> i.index(index).id(document.id())
                .document(BinaryData.of(json, ContentType.APPLICATION_JSON))));
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
            ensureAlias();
            var response = client.search(s -> s.index(indexes.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                    .aggregations("updated", a -> a.max(m -> m.field(EsFields.UPDATED))), Void.class);
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
        synchronized (rebuildLock) {
            String next = null;
            try {
                ensureAlias();
                indexes.deleteLeftovers(System.currentTimeMillis() - cursorKeepAlive.toMillis());
                next = indexes.createNext();
                touchedDuringRebuild = ConcurrentHashMap.newKeySet();
                rebuilding = next;
                long count = load(next, all);
                String previous;
                swap.writeLock().lock();
                try {
                    catchUp(next, touchedDuringRebuild, reload);
                    previous = indexes.current();
                    indexes.promote(next, previous);
                    rebuilding = null;
                    touchedDuringRebuild = null;
                } finally {
                    swap.writeLock().unlock();
                }
                retireLater(previous);
                return count;
            } catch (IOException | RuntimeException e) {
                rebuilding = null;
                touchedDuringRebuild = null;
                if (next != null) {
                    deleteQuietly(next);
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    /** Bulk-loads every entry into {@code index}, in requests of at most {@code bulk-max-bytes}. */
    private long load(String index, Iterable<SearchDocument> all) throws IOException {
        long limit = properties.bulkMaxBytes().toBytes();
        List<BulkOperation> batch = new ArrayList<>();
        long bytes = 0;
        long count = 0;
        for (SearchDocument document : all) {
            byte[] json = documents.toJson(document);
            if (!batch.isEmpty() && bytes + json.length + ACTION_BYTES > limit) {
                bulk.send(batch, Refresh.False);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(document.id())
                    .document(BinaryData.of(json, ContentType.APPLICATION_JSON)))));
            bytes += json.length + ACTION_BYTES;
            count++;
        }
        if (!batch.isEmpty()) {
            bulk.send(batch, Refresh.False);
        }
        return count;
    }

    /** Entries written while the rebuild was reading the store: the new index takes their state as of now. */
    private void catchUp(String index, Set<String> touched, Function<String, Optional<SearchDocument>> reload)
            throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (String id : touched) {
            Optional<SearchDocument> document = reload.apply(id);
            operations.add(document.isPresent() ? indexOperation(index, document.get())
                    : BulkOperation.of(o -> o.delete(d -> d.index(index).id(id))));
        }
        if (!operations.isEmpty()) {
            bulk.send(operations, Refresh.False);
        }
    }

    /**
     * Drops a replaced index once the walks that began on it (their points in time) are over: kept
     * {@code cursorKeepAlive}, so that a relevance walk started before a reindex finishes on it.
     */
    private void retireLater(String index) {
        retired.schedule(() -> deleteQuietly(index), cursorKeepAlive.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the retirements still pending: the next rebuild or start-up drops such leftovers. */
    public void close() {
        retired.shutdownNow();
    }

    private void ensureAlias() throws IOException {
        if (!aliasReady) {
            indexes.ensureAlias();
            aliasReady = true;
        }
    }

    private void deleteQuietly(String index) {
        try {
            indexes.delete(index);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the unfinished index {}: {}", index, e.toString());
        }
    }

    private interface Read<T> {
        T apply() throws IOException;
    }

    /** A search the cluster cannot answer now is a 503 problem for the caller, not a server error. */
    private <T> T read(Read<T> read) {
        try {
            ensureAlias();
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
