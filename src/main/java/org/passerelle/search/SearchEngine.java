package org.passerelle.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.passerelle.shared.Lang;

/**
 * The engine port: what an adapter (embedded Lucene, Elasticsearch) must do. Adapters hold only
 * published entries and never read the store; the indexer feeds them. Every method is safe to call
 * concurrently. Writes are durable when they return (so that the outbox may mark the event done)
 * and visible to searches shortly after (near-real-time).
 */
public interface SearchEngine {

    /** Adds or replaces these entries. */
    void index(Collection<SearchDocument> documents);

    /** Removes an entry if present. */
    void remove(String entryId);

    /** Runs a validated query (see {@link SearchService}); a cursor that does not decode is a 400 problem. */
    SearchResult search(SearchQuery query);

    /** Titles that complete {@code prefix}, titles in {@code lang} first when given. */
    List<Suggestion> suggest(String prefix, Lang lang, int size);

    /**
     * Entries like {@code entryId}: those of {@code preferredTerritories} first, then others; never the
     * entry itself. Empty when the entry is not indexed.
     */
    List<SearchHit> related(String entryId, Set<String> preferredTerritories, int size);

    /**
     * Rebuilds the whole index from {@code all} while searches keep answering from the current one.
     * Writes that happen meanwhile must not be lost: the adapter re-reads the entries they touched
     * through {@code reload} (empty: no longer published) before the new index takes over.
     *
     * @return how many entries the new index holds
     */
    long rebuild(Iterable<SearchDocument> all, Function<String, Optional<SearchDocument>> reload);

    /** What the index holds, to tell at start-up whether it lags behind the store. */
    IndexState state();

    /**
     * @param documents   entries in the index
     * @param lastUpdated latest {@code updatedAt} among them, null when empty
     */
    record IndexState(long documents, Instant lastUpdated) {
    }
}
