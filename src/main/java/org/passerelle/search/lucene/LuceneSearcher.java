package org.passerelle.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.passerelle.search.Facet;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchCursor;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.passerelle.search.SearchResult.FacetCount;
import org.passerelle.search.TextFields;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;

/** Runs a search: one pass collects the page (search-after for cursors) and counts the facets. */
final class LuceneSearcher {

    private static final Set<String> SOURCE_ONLY = Set.of(IndexFields.SOURCE);

    private final LuceneQueries queries;
    private final LuceneSources storedSources;
    private final LuceneHighlights highlights;
    private final FacetsConfig facetsConfig;
    private final int facetSize;
    /** Facet ordinals per reader: building them scans the index, so each reader builds them once. */
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();

    LuceneSearcher(Analyzers analyzers, LuceneSources storedSources, FacetsConfig facetsConfig, int facetSize) {
        this.queries = new LuceneQueries(analyzers);
        this.storedSources = storedSources;
        this.highlights = new LuceneHighlights(analyzers);
        this.facetsConfig = facetsConfig;
        this.facetSize = facetSize;
    }

    LuceneQueries queries() {
        return queries;
    }

    /**
     * @param afterValues sort values of the previous page's last hit (from its cursor), or null
     * @param snapshot    values appended to the next cursor so that it finds this searcher again
     */
    SearchResult search(IndexSearcher searcher, SearchQuery query, List<Object> afterValues, List<Object> snapshot)
            throws IOException {
        Query text = queries.text(query.q());
        Query lucene = queries.query(query, text);
        Sort sort = sort(query);
        FieldDoc after = afterValues == null ? null : after(afterValues, sort);
        int offset = after == null ? (query.page() - 1) * query.size() : 0;
        // one hit more than the page tells whether there is a next page
        int wanted = offset + query.size() + 1;
        // One pass collects the page and counts the facets, slice by slice when the searcher splits the
        // index between threads. The facets are counted as the hits come, in each segment's ordinals.
        var top = new TopFieldCollectorManager(sort, wanted, after, Integer.MAX_VALUE);
        SortedSetDocValuesReaderState state = query.facets().isEmpty() ? null : state(searcher.getIndexReader());
        TopFieldDocs docs;
        FacetCounting.Counts counts = null;
        if (state != null) {
            Object[] results = searcher.search(lucene, new MultiCollectorManager(top, new FacetCounting(state)));
            docs = (TopFieldDocs) results[0];
            counts = (FacetCounting.Counts) results[1];
        } else {
            docs = searcher.search(lucene, top);
        }
        ScoreDoc[] hits = docs.scoreDocs;
        int end = Math.min(hits.length, offset + query.size());
        List<SearchHit> items = new ArrayList<>();
        var stored = searcher.storedFields();
        int[] page = new int[Math.max(end - offset, 0)];
        for (int i = offset; i < end; i++) {
            page[i - offset] = hits[i].doc;
        }
        SearchDocument[] sources = new SearchDocument[page.length];
        for (int i = 0; i < page.length; i++) {
            sources[i] = storedSources.source(stored.document(page[i], SOURCE_ONLY));
        }
        List<Map<String, String>> marks = text == null || page.length == 0 ? null
                : highlights.of(searcher, text, page, sources, query.lang());
        for (int i = 0; i < page.length; i++) {
            items.add(hit(sources[i], query, marks == null ? Map.of() : marks.get(i)));
        }
        String next = hits.length > end && end > offset ? next(query, (FieldDoc) hits[end - 1], snapshot) : null;
        Map<Facet, List<FacetCount>> facets = query.facets().isEmpty() ? Map.of() : facets(counts, query.facets());
        return new SearchResult(docs.totalHits.value, items, facets, next);
    }

    Sort sort(SearchQuery query) {
        SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
        return switch (query.sort()) {
            case RELEVANCE -> query.hasQueryText() ? new Sort(SortField.FIELD_SCORE, id) : updated(id);
            case UPDATED -> updated(id);
            case DATE -> {
                SortField start = new SortField(IndexFields.START, SortField.Type.LONG);
                start.setMissingValue(Long.MAX_VALUE);
                yield new Sort(start, id);
            }
            case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(IndexFields.LOCATION, query.near().lat(),
                    query.near().lon()), id);
            case TITLE -> {
                SortField title = new SortField(TextFields.titleSort(query.lang() == null ? Lang.en : query.lang()),
                        SortField.Type.STRING);
                title.setMissingValue(SortField.STRING_LAST);
                yield new Sort(title, id);
            }
        };
    }

    private static Sort updated(SortField id) {
        SortField updated = new SortField(IndexFields.UPDATED, SortField.Type.LONG, true);
        updated.setMissingValue(0L);
        return new Sort(updated, id);
    }

    private static String next(SearchQuery query, FieldDoc last, List<Object> snapshot) {
        List<Object> values = new ArrayList<>();
        for (Object value : last.fields) {
            values.add(value instanceof BytesRef bytes ? bytes.utf8ToString() : value);
        }
        values.addAll(snapshot);
        return SearchCursor.encode(query, values);
    }

    /** The cursor's values as the sort expects them; a cursor that does not fit is refused. */
    private static FieldDoc after(List<Object> values, Sort sort) {
        SortField[] fields = sort.getSort();
        if (values.size() != fields.length) {
            throw ApiProblem.badRequest("cursor does not fit this search.");
        }
        Object[] after = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object value = values.get(i);
            Object expected = switch (fields[i].getType()) {
                case SCORE -> value instanceof Float ? value : null;
                case LONG -> value instanceof Long ? value : null;
                case STRING -> value == null ? null : value instanceof String s ? new BytesRef(s) : Boolean.FALSE;
                default -> value instanceof Double ? value : null;
            };
            if (Boolean.FALSE.equals(expected) || (expected == null && fields[i].getType() != SortField.Type.STRING)) {
                throw ApiProblem.badRequest("cursor does not fit this search.");
            }
            after[i] = expected;
        }
        float score = after[0] instanceof Float f ? f : Float.NaN;
        return new FieldDoc(Integer.MAX_VALUE, score, after);
    }

    static SearchHit hit(SearchDocument source, SearchQuery query, Map<String, String> highlight) {
        return SearchHit.of(source, query.near(), highlight);
    }

    private Map<Facet, List<FacetCount>> facets(FacetCounting.Counts counts, Set<Facet> wanted) throws IOException {
        Map<Facet, List<FacetCount>> result = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            if (wanted.contains(facet)) {
                result.put(facet, counts == null ? List.of() : counts.top(facet.code(), facetSize));
            }
        }
        return result;
    }

    private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (reader.numDocs() == 0) {
            return null;
        }
        if (helper == null) {
            return newState(reader);
        }
        SortedSetDocValuesReaderState state = facetStates.get(helper.getKey());
        if (state == null) {
            state = newState(reader);
            if (state != null && facetStates.putIfAbsent(helper.getKey(), state) == null) {
                helper.addClosedListener(facetStates::remove);
            }
        }
        return state;
    }

    private SortedSetDocValuesReaderState newState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        } catch (IllegalArgumentException e) {
            // no document has a facet value yet
            return null;
        }
    }
}
