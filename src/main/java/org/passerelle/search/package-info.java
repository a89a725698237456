/**
 * Search: the public search port ({@link org.passerelle.search.SearchService} with its query model
 * {@link org.passerelle.search.SearchQuery} and {@link org.passerelle.search.SearchResult}), the
 * engine port ({@link org.passerelle.search.SearchEngine}) its adapters implement (Lucene in
 * {@code lucene/}, selected by {@code passerelle.search.engine}), the indexer that follows the entry
 * events, and the public search endpoints.
 */
package org.passerelle.search;
