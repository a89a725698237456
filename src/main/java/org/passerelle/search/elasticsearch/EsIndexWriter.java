package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * The writes to the index and its rebuild, which share a lock: a rebuild fills a new index beside the
 * live one while writes go to both (the entries they touch are re-read before the swap), then moves
 * the alias atomically. A write returns once the cluster has acknowledged it and made it searchable
 * ({@code refresh=wait_for}); one that fails throws, so that the outbox keeps the event.
 */
final class EsIndexWriter {

    private static final Logger log = LoggerFactory.getLogger(EsIndexWriter.class);
    /** Room for the action line of a bulk operation beside its document. */
    private static final int ACTION_BYTES = 100;

    private final ElasticsearchProperties properties;
    private final EsIndexes indexes;
    private final EsDocuments documents;
    private final EsBulk bulk;
    private final Duration cursorKeepAlive;
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object rebuildLock = new Object();
    private final ScheduledExecutorService retired = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "elasticsearch-index-retirement");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String rebuilding;
    private volatile Set<String> touchedDuringRebuild;

    EsIndexWriter(ElasticsearchProperties properties, EsIndexes indexes, EsDocuments documents, EsBulk bulk,
            Duration cursorKeepAlive) {
        this.properties = properties;
        this.indexes = indexes;
        this.documents = documents;
        this.bulk = bulk;
        this.cursorKeepAlive = cursorKeepAlive;
    }

    void index(Collection<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        write(batch.stream().map(SearchDocument::id).toList(), index -> batch.stream()
                .map(document -> indexOperation(index, document)).toList());
    }

    void remove(String entryId) {
        write(List.of(entryId), index -> List.of(BulkOperation.of(o -> o.delete(d -> d.index(index).id(entryId)))));
    }

    private void write(List<String> ids, Function<String, List<BulkOperation>> operations) {
        swap.readLock().lock();
        try {
            indexes.ensureAlias();
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
        return indexOperation(index, document.id(), documents.toJson(document));
    }

    private static BulkOperation indexOperation(String index, String id, byte[] json) {
        return BulkOperation.of(o -> o.index(i -> i.index(index).id(id)
                .document(BinaryData.of(json, ContentType.APPLICATION_JSON))));
    }

    long rebuild(Iterable<SearchDocument> all, Function<String, Optional<SearchDocument>> reload) {
        synchronized (rebuildLock) {
            String next = null;
            try {
                indexes.ensureAlias();
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
            batch.add(indexOperation(index, document.id(), json));
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
    void close() {
        retired.shutdownNow();
    }

    private void deleteQuietly(String index) {
        try {
            indexes.delete(index);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the unfinished index {}: {}", index, e.toString());
        }
    }
}
