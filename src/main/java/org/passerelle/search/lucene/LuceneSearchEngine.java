package org.passerelle.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.util.IOUtils;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchEngine;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.passerelle.search.Suggestion;
import org.passerelle.shared.Lang;

/**
 * The embedded Lucene engine. The live index is a directory named in {@code CURRENT} under the
 * index folder; a rebuild fills a fresh directory beside it while writes go on to the live one (the
 * entries they touch are re-read into the new one before the swap), then flips {@code CURRENT} atomically.
 */
public class LuceneSearchEngine implements SearchEngine, AutoCloseable {

    private final Duration refreshInterval;
    private final Duration cursorKeepAlive;
    private final Analyzers analyzers = new Analyzers();
    private final LuceneDocuments documents;
    private final LuceneSearcher searcher;
    private final LuceneSuggester suggester;
    private final LuceneRelated related;
    private final ParallelSearcher.Factory searchers;
    private final IndexFolder folder;
    /** Writers share the read side; the swap at the end of a rebuild takes the write side. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object rebuildLock = new Object();
    private volatile IndexGeneration live;
    private final LiveSearchers reads = new LiveSearchers(() -> live);
    private volatile Set<String> touchedDuringRebuild;

    /** Below this many documents in a slice, searching it on another thread costs more than it saves. */
    static final int MIN_DOCS_PER_SLICE = 20_000;

    /**
     * @param searchThreads most threads one search uses (its segments split between them); 1 searches
     *                      on the caller's thread alone
     */
    public LuceneSearchEngine(Path root, Duration refreshInterval, int facetSize, Duration cursorKeepAlive,
            int searchThreads, tools.jackson.databind.json.JsonMapper json) {
        this(root, refreshInterval, facetSize, cursorKeepAlive, searchThreads, MIN_DOCS_PER_SLICE, json);
    }

    LuceneSearchEngine(Path root, Duration refreshInterval, int facetSize, Duration cursorKeepAlive,
            int searchThreads, int minDocsPerSlice, tools.jackson.databind.json.JsonMapper json) {
        this.searchers = new ParallelSearcher.Factory(searchThreads, minDocsPerSlice);
        this.refreshInterval = refreshInterval;
        this.cursorKeepAlive = cursorKeepAlive;
        var facets = LuceneDocuments.facetsConfig();
        var sources = new LuceneSources(json);
        this.documents = new LuceneDocuments(analyzers, facets, sources);
        this.searcher = new LuceneSearcher(analyzers, sources, facets, facetSize);
        this.suggester = new LuceneSuggester(analyzers, sources);
        this.related = new LuceneRelated(analyzers, sources);
        try {
            this.folder = new IndexFolder(root);
            this.live = new IndexGeneration(folder.current(), analyzers.perField(), searchers, refreshInterval,
                    cursorKeepAlive, false);
            folder.deleteAllBut(live.path);
        } catch (IOException e) {
            searchers.close();
            throw new UncheckedIOException("Cannot open the search index in " + root, e);
        }
    }

    @Override
    public void index(Collection<SearchDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        write(generation -> {
            long sequence = 0;
            long lastUpdated = 0;
            for (SearchDocument document : batch) {
                sequence = generation.writer.updateDocument(new Term(IndexFields.ID, document.id()),
                        documents.toDocument(document));
                if (document.entry().updatedAt() != null) {
                    lastUpdated = Math.max(lastUpdated, document.entry().updatedAt().toEpochMilli());
                }
            }
            generation.commitThrough(sequence, lastUpdated);
        }, batch.stream().map(SearchDocument::id).toList());
    }

    @Override
    public void remove(String entryId) {
        write(generation -> generation.commitThrough(generation.writer.deleteDocuments(new Term(IndexFields.ID, entryId)),
                0), List.of(entryId));
    }

    private interface Write {
        void apply(IndexGeneration generation) throws IOException;
    }

    private void write(Write write, List<String> ids) {
        swap.readLock().lock();
        try {
            Set<String> touched = touchedDuringRebuild;
            if (touched != null) {
                touched.addAll(ids);
            }
            write.apply(live);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swap.readLock().unlock();
        }
    }

    /** See {@link LiveSearchers#search}: a cursor reads the snapshot its first page read. */
    @Override
    public SearchResult search(SearchQuery query) {
        return reads.search(query, searcher);
    }

    @Override
    public List<Suggestion> suggest(String prefix, Lang lang, int size) {
        return withSearcher(s -> suggester.suggest(s, prefix, lang, size));
    }

    @Override
    public List<SearchHit> related(String entryId, Set<String> preferredTerritories, int size) {
        return withSearcher(s -> related.related(s, entryId, preferredTerritories, size));
    }

    @Override
    public IndexState state() {
        return withSearcher(s -> {
            long last = live.lastUpdated();
            return new IndexState(s.getIndexReader().numDocs(), last == 0 ? null : Instant.ofEpochMilli(last));
        });
    }

    /** Runs on the live generation's latest searcher (see {@link LiveSearchers#withSearcher}). */
    <T> T withSearcher(LiveSearchers.Work<T> work) {
        return reads.withSearcher(work);
    }

    @Override
    public long rebuild(Iterable<SearchDocument> all, Function<String, Optional<SearchDocument>> reload) {
        synchronized (rebuildLock) {
            Path path = folder.next();
            IndexGeneration next = null;
            try {
                next = new IndexGeneration(path, analyzers.perField(), searchers, refreshInterval, cursorKeepAlive,
                        true);
                touchedDuringRebuild = ConcurrentHashMap.newKeySet();
                long lastUpdated = BulkIndexing.addAll(next.writer, documents, all);
                next.recordLastUpdated(lastUpdated);
                next.writer.commit();
                IndexGeneration retired;
                swap.writeLock().lock();
                try {
                    catchUp(next, touchedDuringRebuild, reload);
                    touchedDuringRebuild = null;
                    next.writer.commit();
                    next.searchers.maybeRefreshBlocking();
                    next.goLive();
                    folder.makeCurrent(path);
                    retired = live;
                    live = next;
                } finally {
                    swap.writeLock().unlock();
                }
                long count = next.writer.getDocStats().numDocs;
                IndexFolder.retire(retired);
                return count;
            } catch (IOException | RuntimeException e) {
                touchedDuringRebuild = null;
                if (next != null && next != live) {
                    IOUtils.closeWhileHandlingException(next);
                    IndexFolder.delete(path);
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    /** Entries written while the rebuild was reading the store: the new index takes their state as of now. */
    private void catchUp(IndexGeneration next, Set<String> touched, Function<String, Optional<SearchDocument>> reload)
            throws IOException {
        for (String id : touched) {
            Optional<SearchDocument> document = reload.apply(id);
            if (document.isPresent()) {
                next.writer.updateDocument(new Term(IndexFields.ID, id), documents.toDocument(document.get()));
                next.recordLastUpdated(document.get().entry().updatedAt() == null ? 0
                        : document.get().entry().updatedAt().toEpochMilli());
            } else {
                next.writer.deleteDocuments(new Term(IndexFields.ID, id));
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            live.close();
        } finally {
            searchers.close();
        }
    }
}
