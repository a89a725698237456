package org.passerelle.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.passerelle.search.SearchCursor;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads from whichever index generation is live: each read acquires a searcher and releases it, and
 * starts again on the new generation when a rebuild swapped and closed the one it had picked.
 */
final class LiveSearchers {

    private static final Logger log = LoggerFactory.getLogger(LiveSearchers.class);

    private final Supplier<IndexGeneration> live;

    LiveSearchers(Supplier<IndexGeneration> live) {
        this.live = live;
    }

    /**
     * A first page reads the latest searcher and records it; a cursor reads the searcher its first
     * page read (while kept), so that writes meanwhile neither shift scores nor move hits across pages.
     * The cursor carries the sort values of its last hit, then the generation and searcher version.
     */
    SearchResult search(SearchQuery query, LuceneSearcher searcher) {
        List<Object> after = query.cursor() == null ? null : SearchCursor.decode(query, query.cursor());
        for (int attempt = 0; ; attempt++) {
            IndexGeneration generation = live.get();
            IndexSearcher snapshot = null;
            IndexSearcher acquired = null;
            try {
                if (after != null && after.size() >= 2 && after.get(after.size() - 2) instanceof Long id
                        && id == generation.id && after.get(after.size() - 1) instanceof Long version) {
                    snapshot = generation.snapshots.acquire(version);
                }
                acquired = snapshot != null ? snapshot : generation.searchers.acquire();
                long version = generation.snapshot(acquired);
                List<Object> sortValues = after == null ? null : after.subList(0, Math.max(after.size() - 2, 0));
                return searcher.search(acquired, query, sortValues, List.of(generation.id, version));
            } catch (AlreadyClosedException e) {
                if (attempt >= 3) {
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release(generation, acquired, snapshot != null);
            }
        }
    }

    interface Work<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs on the live generation's latest searcher; retries once a swap closed the one it picked. */
    <T> T withSearcher(Work<T> work) {
        for (int attempt = 0; ; attempt++) {
            IndexGeneration generation = live.get();
            IndexSearcher acquired;
            try {
                acquired = generation.searchers.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3) {
                    continue;
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                return work.apply(acquired);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release(generation, acquired, false);
            }
        }
    }

    private static void release(IndexGeneration generation, IndexSearcher acquired, boolean snapshot) {
        if (acquired == null) {
            return;
        }
        try {
            if (snapshot) {
                generation.snapshots.release(acquired);
            } else {
                generation.searchers.release(acquired);
            }
        } catch (IOException | AlreadyClosedException e) {
            log.debug("Releasing a searcher of a retired index", e);
        }
    }
}
