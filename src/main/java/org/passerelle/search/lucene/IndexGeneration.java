package org.passerelle.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index directory with its writer and near-real-time searchers. A rebuild writes a new
 * generation beside the live one and swaps; searches that started on the old one finish on it.
 */
final class IndexGeneration implements Closeable {

    static final String LAST_UPDATED = "lastUpdated";

    final Path path;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;
    /** Searchers that cursors point at, so that a walk reads one snapshot (stable scores, each hit once). */
    final SearcherLifetimeManager snapshots = new SearcherLifetimeManager();
    final long id;
    private final double keepAliveSeconds;
    private volatile long lastPrune;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private final Object commitLock = new Object();
    private volatile long committed = -1;

    IndexGeneration(Path path, Analyzer analyzer, SearcherFactory searcherFactory, Duration refreshInterval,
            Duration keepAlive, boolean create) throws IOException {
        this.path = path;
        this.id = Long.parseLong(path.getFileName().toString().substring("index-".length()));
        this.keepAliveSeconds = keepAlive.toMillis() / 1000.0;
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // a rebuild flushes a few large segments rather than many small ones to merge (live writes are small)
                .setRAMBufferSizeMB(128)
                // flushed segments are merged soon anyway: writing them as compound files copies them once more
                .setUseCompoundFile(false)
                .setCommitOnClose(true);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, config);
            this.writer = opened;
            this.searchers = new SearcherManager(writer, searcherFactory);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
        double maxStale = Math.max(refreshInterval.toMillis(), 1) / 1000.0;
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, maxStale, Math.min(maxStale, 0.01));
        reopener.setName("search-refresh-" + path.getFileName());
        reopener.setDaemon(true);
        if (!create) {
            reopener.start();
        }
    }

    /**
     * Starts the periodic refresh of a generation built by a rebuild, once it goes live. Refreshing
     * while it is being filled would flush a tiny segment every refresh interval for nobody (no search
     * reads it yet) and keep the merge threads busy with them: the rebuild ran several times slower.
     */
    void goLive() {
        if (!reopener.isAlive()) {
            reopener.start();
        }
    }

    /**
     * Makes the writes up to {@code sequence} durable. Concurrent callers share one commit, so
     * bursts of events do not each pay for an fsync.
     */
    void commitThrough(long sequence, long lastUpdated) throws IOException {
        synchronized (commitLock) {
            if (committed < sequence) {
                recordLastUpdated(lastUpdated);
                committed = writer.commit();
            }
        }
        // Read-your-writes: return only once searches see this write. A plain maybeRefresh() returns at
        // once when the reopen thread is mid-refresh, and that refresh may predate the write.
        try {
            reopener.waitForGeneration(sequence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the index to show a write", e);
        }
    }

    void recordLastUpdated(long lastUpdated) {
        long previous = lastUpdated();
        if (lastUpdated > previous) {
            writer.setLiveCommitData(Map.of(LAST_UPDATED, Long.toString(lastUpdated)).entrySet());
        }
    }

    long lastUpdated() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(LAST_UPDATED)) {
                    return Long.parseLong(entry.getValue());
                }
            }
        }
        return 0;
    }

    /** Keeps this searcher for cursors; returns its version. Old snapshots are let go now and then. */
    long snapshot(IndexSearcher searcher) throws IOException {
        long now = System.nanoTime();
        if (now - lastPrune > 1_000_000_000L) {
            lastPrune = now;
            snapshots.prune(new SearcherLifetimeManager.PruneByAge(keepAliveSeconds));
        }
        return snapshots.record(searcher);
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reopener, snapshots, searchers, writer, directory);
    }
}
