package org.passerelle.search.lucene;

import java.io.Closeable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that spreads a large index's segments over a few threads, so that one broad query (tens
 * of thousands of matches to score and count) uses every idle core instead of one. Small indexes keep a
 * single slice: handing work to another thread would cost more than it saves.
 */
final class ParallelSearcher extends IndexSearcher {

    /** Makes the searchers of an index, sharing one pool of threads; closing it stops the pool. */
    static final class Factory extends SearcherFactory implements Closeable {

        private final int threads;
        private final int minDocsPerSlice;
        /** Runs the slices of a search but the caller's share; null when searches use one thread. */
        private final ExecutorService workers;

        Factory(int threads, int minDocsPerSlice) {
            this.threads = Math.max(1, threads);
            this.minDocsPerSlice = minDocsPerSlice;
            AtomicInteger number = new AtomicInteger();
            this.workers = this.threads == 1 ? null : Executors.newFixedThreadPool(this.threads - 1, r -> {
                Thread thread = new Thread(r, "search-worker-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new ParallelSearcher(reader, workers, threads, minDocsPerSlice);
        }

        @Override
        public void close() {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    private final int threads;
    private final int minDocsPerSlice;

    /**
     * @param executor        runs all slices but one (the calling thread runs that one); null searches
     *                        on the calling thread alone
     * @param threads         most slices per search
     * @param minDocsPerSlice fewest documents worth a slice of their own
     */
    ParallelSearcher(IndexReader reader, Executor executor, int threads, int minDocsPerSlice) {
        super(reader, threads > 1 ? executor : null);
        // read by slices(), which the base class calls lazily, after this constructor
        this.threads = threads;
        this.minDocsPerSlice = minDocsPerSlice;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        List<List<LeafReaderContext>> slices = balanced(leaves, threads, minDocsPerSlice);
        return slices.stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /**
     * Segments in at most {@code threads} groups of about the same number of documents: the largest
     * segment first, each into the lightest group so far. A segment is never split.
     */
    static List<List<LeafReaderContext>> balanced(List<LeafReaderContext> leaves, int threads, int minDocsPerSlice) {
        if (leaves.isEmpty()) {
            return List.of();
        }
        long docs = leaves.stream().mapToLong(leaf -> leaf.reader().maxDoc()).sum();
        long worth = Math.max(1, docs / Math.max(1, minDocsPerSlice));
        int count = (int) Math.max(1, Math.min(Math.min(threads, leaves.size()), worth));
        List<List<LeafReaderContext>> groups = new ArrayList<>();
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            groups.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (sizes[i] < sizes[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(leaf);
            sizes[lightest] += leaf.reader().maxDoc();
        }
        // each slice in index order, as the collectors expect within a slice
        groups.forEach(group -> group.sort(Comparator.comparingInt(leaf -> leaf.ord)));
        return groups;
    }
}
