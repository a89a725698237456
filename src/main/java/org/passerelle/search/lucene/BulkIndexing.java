package org.passerelle.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.passerelle.search.SearchDocument;

/**
 * Adds every entry of a rebuild to a new index. Analysis dominates indexing (Kuromoji above all), and
 * the writer is thread-safe: documents are built and added by one thread per core while the caller's
 * thread reads the store.
 */
final class BulkIndexing {

    private static final SearchDocument END = new SearchDocument(null, null, null, null, null);

    private BulkIndexing() {
    }

    /** @return the latest update time among the entries (epoch milliseconds), 0 when none has one */
    static long addAll(IndexWriter writer, LuceneDocuments documents, Iterable<SearchDocument> all)
            throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<SearchDocument> queue = new ArrayBlockingQueue<>(threads * 64);
        AtomicLong lastUpdated = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> new Thread(r, "search-rebuild-worker"));
        List<Future<?>> running = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                running.add(workers.submit(() -> {
                    for (SearchDocument document = queue.take(); document != END; document = queue.take()) {
                        writer.addDocument(documents.toDocument(document));
                        if (document.entry().updatedAt() != null) {
                            lastUpdated.accumulateAndGet(document.entry().updatedAt().toEpochMilli(), Math::max);
                        }
                    }
                    return null;
                }));
            }
            for (SearchDocument document : all) {
                while (!queue.offer(document, 100, TimeUnit.MILLISECONDS)) {
                    failFast(running);
                }
            }
            for (int i = 0; i < threads; i++) {
                while (!queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    failFast(running);
                }
            }
            for (Future<?> worker : running) {
                worker.get();
            }
            return lastUpdated.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rebuild interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /** A worker that failed stops the rebuild instead of leaving the reader blocked on a full queue. */
    private static void failFast(List<Future<?>> workers) throws ExecutionException, InterruptedException {
        for (Future<?> worker : workers) {
            if (worker.isDone()) {
                worker.get();
                throw new ExecutionException(new IOException("a rebuild worker stopped early"));
            }
        }
    }
}
