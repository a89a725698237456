package org.passerelle.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a search.
 *
 * @param total  how many published entries match (exact)
 * @param items  the hits of this page, in order
 * @param facets counts per facet value over all matching entries, most frequent first; only the
 *               facets that were asked for
 * @param next   opaque cursor for the following page, null on the last page
 */
public record SearchResult(long total, List<SearchHit> items, Map<Facet, List<FacetCount>> facets, String next) {

    public SearchResult {
        items = List.copyOf(items);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** A facet value and how many matching entries have it. */
    public record FacetCount(String value, long count) {
    }
}
