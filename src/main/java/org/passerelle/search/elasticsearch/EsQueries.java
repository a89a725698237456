package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.passerelle.entry.Codes.Coded;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.IndexFields;
import org.passerelle.search.QuerySyntax;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.TextQuery;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Builds Elasticsearch queries from the engine-neutral model, clause for clause as the embedded engine
 * builds its Lucene queries: the text part has the shape of {@link TextQuery} (same fields, boosts and
 * combinations), analysed by the same chains on the cluster. Whether a word yields any
 * token in a language (a stopword does not) is decided here with those same chains, as the embedded
 * engine does, so that a stopword drops out of the query instead of making it match nothing.
 */
final class EsQueries {

    private final Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);
    private final TextQuery.Builder<Query> text = new TextQuery.Builder<>() {

        @Override
        public Query field(String field, Lang lang, QuerySyntax.Term term, float boost) {
            if (!hasTokens(analyzers.get(lang), term.text())) {
                return null;
            }
            return term.phrase()
                    ? Query.of(q -> q.matchPhrase(m -> m.field(field).query(term.text()).boost(boost)))
                    : Query.of(q -> q.match(m -> m.field(field).query(term.text()).operator(Operator.And)
                            .autoGenerateSynonymsPhraseQuery(false).boost(boost)));
        }

        @Override
        public Query sum(List<Query> clauses) {
            return Query.of(q -> q.bool(b -> b.should(clauses)));
        }

        @Override
        public Query best(List<Query> clauses, float tieBreaker) {
            return Query.of(q -> q.disMax(d -> d.queries(clauses).tieBreaker((double) tieBreaker)));
        }

        @Override
        public Query all(List<Query> required, List<Query> excluded) {
            return Query.of(q -> q.bool(b -> b.must(required).mustNot(excluded)));
        }

        @Override
        public Query everything() {
            return Query.of(q -> q.matchAll(m -> m));
        }

        @Override
        public Query nothing() {
            return Query.of(q -> q.matchNone(m -> m));
        }
    };

    EsQueries() {
        analyzers.put(Lang.fr, AnalysisChains.french());
        analyzers.put(Lang.ja, AnalysisChains.japanese());
        analyzers.put(Lang.en, AnalysisChains.english());
    }

    /** The text part: null when the query has no text (everything matches). */
    Query text(String q) {
        return TextQuery.build(q, text);
    }

    /** Every filter of the query (empty when there is none). */
    List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        anyOf(filters, IndexFields.KIND, query.kinds(), Coded::code);
        anyOf(filters, IndexFields.TERRITORY, query.territories(), Function.identity());
        anyOf(filters, IndexFields.COUNTRY, query.countries(), c -> c.toUpperCase(Locale.ROOT));
        anyOf(filters, IndexFields.CRAFT, query.crafts(), Coded::code);
        anyOf(filters, IndexFields.DESIGNATION, query.designations(), Coded::code);
        anyOf(filters, IndexFields.ART_FORM, query.artForms(), Coded::code);
        anyOf(filters, IndexFields.TAG, query.tags(), t -> t.toLowerCase(Locale.ROOT));
        if (query.training() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(IndexFields.TRAINING).value(query.training().toString()))));
        }
        if (query.from() != null || query.to() != null) {
            anyOf(filters, IndexFields.KIND, List.of(Kind.EXHIBITION, Kind.EVENT), Coded::code);
            if (query.to() != null) {
                double to = query.to().toEpochDay();
                filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(IndexFields.START).lte(to)))));
            }
            if (query.from() != null) {
                double from = query.from().toEpochDay();
                filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(IndexFields.END).gte(from)))));
            }
        }
        if (query.near() != null) {
            var near = query.near();
            filters.add(Query.of(q -> q.geoDistance(g -> g.field(IndexFields.LOCATION)
                    .distance(query.radiusKm() * 1000 + "m")
                    .location(l -> l.latlon(p -> p.lat(near.lat()).lon(near.lon()))))));
        }
        if (query.bbox() != null) {
            var box = query.bbox();
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field(IndexFields.LOCATION).boundingBox(b -> b
                    .tlbr(t -> t.topLeft(l -> l.latlon(p -> p.lat(box.maxLat()).lon(box.minLon())))
                            .bottomRight(l -> l.latlon(p -> p.lat(box.minLat()).lon(box.maxLon()))))))));
        }
        return filters;
    }

    /** The whole query: text (scored) and filters (not scored). */
    Query query(SearchQuery query) {
        Query text = text(query.q());
        List<Query> filters = filters(query);
        if (text == null && filters.isEmpty()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        Query scored = text == null ? Query.of(q -> q.matchAll(m -> m)) : text;
        return Query.of(q -> q.bool(b -> b.must(scored).filter(filters)));
    }

    private static <T> void anyOf(List<Query> filters, String field, List<T> values, Function<T, String> code) {
        if (values.isEmpty()) {
            return;
        }
        List<FieldValue> terms = values.stream().map(v -> FieldValue.of(code.apply(v))).toList();
        filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)))));
    }

    private static boolean hasTokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            stream.reset();
            boolean any = stream.incrementToken();
            while (stream.incrementToken()) {
                // drain: a stream must be consumed to its end before it is reused
            }
            stream.end();
            return any;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
