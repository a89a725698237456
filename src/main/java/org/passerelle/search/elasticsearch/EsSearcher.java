package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.search.Facet;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchCursor;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchResult;
import org.passerelle.search.SearchResult.FacetCount;
import org.passerelle.search.TextFields;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoDistanceType;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/**
 * Runs a search in one request: the page (from/size, or search_after for cursors), the exact total,
 * facet counts as terms aggregations and the highlights — ordered as the embedded engine orders them.
 */
final class EsSearcher {

    private final ElasticsearchClient client;
    private final EsQueries queries;
    private final EsHits hits;
    private final int facetSize;
    private final Duration cursorKeepAlive;

    EsSearcher(ElasticsearchClient client, EsQueries queries, EsHits hits, int facetSize, Duration cursorKeepAlive) {
        this.cursorKeepAlive = cursorKeepAlive;
        this.client = client;
        this.queries = queries;
        this.hits = hits;
        this.facetSize = facetSize;
    }

    /**
     * A relevance walk reads a point in time opened by its first page (kept {@code cursorKeepAlive}),
     * since scores shift as soon as the index changes (a write, a merge) and pages would then repeat or
     * skip hits; its cursor carries the point in time's id after the sort values. Other orders sort on
     * stored values and walk the live index. An expired point in time falls back to the live index.
     */
    SearchResult search(String index, SearchQuery query) throws IOException {
        List<SortOptions> sort = sort(query);
        boolean snapshot = query.sort() == SearchQuery.Sort.RELEVANCE && query.hasQueryText() && query.size() > 0;
        List<Object> values = query.cursor() == null ? null : SearchCursor.decode(query, query.cursor());
        String pit = null;
        if (snapshot && values != null && values.size() > sort.size()
                && values.get(values.size() - 1) instanceof String id) {
            pit = id;
            values = values.subList(0, values.size() - 1);
        }
        if (snapshot && values == null) {
            pit = client.openPointInTime(o -> o.index(index).keepAlive(keepAlive())).id();
        }
        try {
            return search(index, query, sort, values, pit);
        } catch (ElasticsearchException | IOException e) {
            if (pit == null) {
                throw e;
            }
            // the walk outlived its point in time (expired: 404; its index dropped: 503, which the low-level
            // client reports as a transport failure rather than an error response): go on over the live index
            return search(index, query, sort, values == null ? null : values.subList(0, sort.size()), null);
        }
    }

    private SearchResult search(String index, SearchQuery query, List<SortOptions> sort, List<Object> values,
            String pit) throws IOException {
        List<FieldValue> after = values == null ? null : after(values, sort.size() + (pit == null ? 0 : 1));
        int offset = after == null ? (query.page() - 1) * query.size() : 0;
        SearchRequest.Builder request = new SearchRequest.Builder().query(queries.query(query))
                .sort(sort).from(offset).size(query.size() + 1).trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(IndexFields.SOURCE)));
        if (pit == null) {
            request.index(index);
        } else {
            request.pit(p -> p.id(pit).keepAlive(keepAlive()));
        }
        if (after != null) {
            request.searchAfter(after);
        }
        if (query.hasQueryText() && query.size() > 0) {
            request.highlight(EsHits.highlight());
        }
        for (Facet facet : query.facets()) {
            request.aggregations(facet.code(), Aggregation.of(a -> a.terms(t -> t.field(EsFields.facet(facet))
                    .size(facetSize))));
        }
        SearchResponse<JsonData> response = client.search(request.build(), JsonData.class);
        List<Hit<JsonData>> found = response.hits().hits();
        int end = Math.min(found.size(), query.size());
        List<SearchHit> items = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            items.add(hits.hit(found.get(i), query));
        }
        String latestPit = response.pitId() == null ? pit : response.pitId();
        String next = found.size() > end && end > 0 ? next(query, found.get(end - 1), latestPit) : null;
        if (next == null && latestPit != null) {
            closeQuietly(latestPit);
        }
        long total = response.hits().total() == null ? found.size() : response.hits().total().value();
        return new SearchResult(total, items, facets(response, query), next);
    }

    private Time keepAlive() {
        return Time.of(t -> t.time(cursorKeepAlive.toSeconds() + "s"));
    }

    private void closeQuietly(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | RuntimeException e) {
            // it expires on its own
        }
    }

    List<SortOptions> sort(SearchQuery query) {
        SortOptions id = field(IndexFields.ID, SortOrder.Asc, null);
        return switch (query.sort()) {
            case RELEVANCE -> query.hasQueryText()
                    ? List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), id)
                    : List.of(field(IndexFields.UPDATED, SortOrder.Desc, null), id);
            case UPDATED -> List.of(field(IndexFields.UPDATED, SortOrder.Desc, null), id);
            case DATE -> List.of(field(IndexFields.START, SortOrder.Asc, "_last"), id);
            case DISTANCE -> List.of(SortOptions.of(s -> s.geoDistance(g -> g.field(IndexFields.LOCATION)
                    .location(l -> l.latlon(p -> p.lat(query.near().lat()).lon(query.near().lon())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Meters).distanceType(GeoDistanceType.Arc))), id);
            case TITLE -> List.of(field(TextFields.titleSort(query.lang() == null ? Lang.en : query.lang()),
                    SortOrder.Asc, "_last"), id);
        };
    }

    private static SortOptions field(String name, SortOrder order, String missing) {
        return SortOptions.of(s -> s.field(f -> {
            f.field(name).order(order);
            if (missing != null) {
                f.missing(missing);
            }
            return f;
        }));
    }

    private static String next(SearchQuery query, Hit<JsonData> last, String pit) {
        List<Object> values = new ArrayList<>();
        for (FieldValue value : last.sort()) {
            values.add(switch (value._kind()) {
                case Long -> value.longValue();
                case Double -> value.doubleValue();
                case String -> value.stringValue();
                case Null -> null;
                default -> throw new IllegalStateException("Unexpected sort value " + value);
            });
        }
        if (pit != null) {
            values.add(pit);
        }
        return SearchCursor.encode(query, values);
    }

    /** The cursor's values for search_after; a cursor that does not fit this sort is refused. */
    private static List<FieldValue> after(List<Object> values, int sortSize) {
        if (values.size() != sortSize) {
            throw ApiProblem.badRequest("cursor does not fit this search.");
        }
        List<FieldValue> after = new ArrayList<>();
        for (Object value : values) {
            if (value == null) {
                after.add(FieldValue.NULL);
            } else if (value instanceof Long l) {
                after.add(FieldValue.of(l));
            } else if (value instanceof Double d) {
                after.add(FieldValue.of(d));
            } else if (value instanceof Float f) {
                after.add(FieldValue.of(f.doubleValue()));
            } else if (value instanceof String s) {
                after.add(FieldValue.of(s));
            } else {
                throw ApiProblem.badRequest("cursor does not fit this search.");
            }
        }
        return after;
    }

    private static Map<Facet, List<FacetCount>> facets(SearchResponse<JsonData> response, SearchQuery query) {
        Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
        for (Facet facet : query.facets()) {
            List<FacetCount> values = new ArrayList<>();
            var aggregate = response.aggregations().get(facet.code());
            if (aggregate != null && aggregate.isSterms()) {
                for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
                    values.add(new FacetCount(bucket.key().stringValue(), bucket.docCount()));
                }
            }
            result.put(facet, values);
        }
        return new LinkedHashMap<>(result);
    }
}
