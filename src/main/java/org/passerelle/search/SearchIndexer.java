package org.passerelle.search;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryEvents.EntryEvent;
import org.passerelle.entry.EntryService;
import org.passerelle.entry.PublishedStats;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.passerelle.territory.TerritoryUpdated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine in step with the store. Entry events arrive through the event publication
 * registry (the outbox): a listener that throws leaves its publication incomplete, and it is
 * delivered again on restart, so no change is ever lost between the store and the index.
 *
 * <p>Listeners do not trust the event's payload: they read the entry as it is now, one entry at a
 * time (striped locks), so that events handled out of order still leave the latest state indexed.
 */
@Component
class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int STRIPES = 64;

    private final SearchEngine engine;
    private final EntryDocuments documents;
    private final EntryService entries;
    private final TerritoryService territories;
    private final SearchProperties properties;
    private final Object[] stripes = new Object[STRIPES];
    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Future<?>> pending = new AtomicReference<>();

    SearchIndexer(SearchEngine engine, EntryDocuments documents, EntryService entries, TerritoryService territories,
            SearchProperties properties) {
        this.engine = engine;
        this.documents = documents;
        this.entries = entries;
        this.territories = territories;
        this.properties = properties;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    @ApplicationModuleListener
    void on(EntryEvent event) {
        refresh(event.entryId());
    }

    /** A territory's name or country is indexed with each of its entries. */
    @ApplicationModuleListener
    void on(TerritoryUpdated event) {
        for (Entry entry : entries.all(event.slug())) {
            refresh(entry.id());
        }
    }

    /** Indexes the entry as the store has it now, or removes it when it is no longer published. */
    void refresh(String entryId) {
        synchronized (stripes[Math.floorMod(entryId.hashCode(), STRIPES)]) {
            Optional<SearchDocument> document = documents.load(entryId);
            if (document.isPresent()) {
                engine.index(List.of(document.get()));
            } else {
                engine.remove(entryId);
            }
        }
    }

    /** Starts a rebuild unless one is waiting to start already. */
    void rebuildInBackground() {
        pending.updateAndGet(current -> current != null && !current.isDone() ? current
                : rebuilds.submit(this::rebuildLogged));
    }

    /** Rebuilds at start-up when the index is empty, missing or behind the store (say, restored from backup). */
    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (!properties.catchUpOnStart()) {
            return;
        }
        PublishedStats store = entries.publishedStats();
        SearchEngine.IndexState index = engine.state();
        boolean behind = index.documents() != store.count()
                || (store.lastUpdated() != null && (index.lastUpdated() == null
                        || index.lastUpdated().isBefore(store.lastUpdated())));
        if (behind) {
            log.info("Search index holds {} entries, the store {} published: rebuilding", index.documents(),
                    store.count());
            rebuildInBackground();
        }
    }

    /** Rebuilds now, in the calling thread; returns how many entries were indexed. */
    long rebuild() {
        long started = System.nanoTime();
        long count = engine.rebuild(this::allPublished, documents::load);
        log.info("Search index rebuilt: {} entries in {} ms", count, (System.nanoTime() - started) / 1_000_000);
        return count;
    }

    private void rebuildLogged() {
        try {
            rebuild();
        } catch (RuntimeException e) {
            log.error("Search index rebuild failed; the previous index stays in use", e);
        }
    }

    /** Every published entry, read from the store a batch at a time. */
    private Iterator<SearchDocument> allPublished() {
        Map<String, Territory> known = new HashMap<>();
        territories.all().forEach(t -> known.put(t.slug(), t));
        return new Iterator<>() {
            private List<Entry> batch = List.of();
            private int next;
            private String lastId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                batch = entries.publishedAfter(lastId, properties.rebuildBatch());
                next = 0;
                exhausted = batch.size() < properties.rebuildBatch();
                if (!batch.isEmpty()) {
                    lastId = batch.get(batch.size() - 1).id();
                }
                return !batch.isEmpty();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Entry entry = batch.get(next++);
                return documents.of(entry, slug -> Optional.ofNullable(known.get(slug)).or(() -> territories.find(slug)));
            }
        };
    }

    @PreDestroy
    void stop() {
        rebuilds.shutdownNow();
    }

    /** For tests and tools: waits for the rebuild in progress, if any. */
    void awaitRebuild() throws Exception {
        Future<?> future = pending.get();
        if (future != null) {
            future.get();
        }
    }

}
