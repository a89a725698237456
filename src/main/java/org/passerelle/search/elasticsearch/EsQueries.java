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
import org.passerelle.search.QuerySyntax;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * Builds Elasticsearch queries from the engine-neutral model, clause for clause as the embedded engine
 * builds its Lucene queries: each word or phrase is a dis_max over every text field of every language
 * (same boosts, same tie-breaker), analysed by the same chains on the cluster. Whether a word yields any
 * token in a language (a stopword does not) is decided here with those same chains, as the embedded
 * engine does, so that a stopword drops out of the query instead of making it match nothing.
 */
final class EsQueries {

    /** A little of the other fields' scores, so that a word in the title and the summary beats one in the title. */
    private static final double TIE_BREAKER = 0.1;

    private final Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);

    EsQueries() {
        analyzers.put(Lang.fr, AnalysisChains.french());
        analyzers.put(Lang.ja, AnalysisChains.japanese());
        analyzers.put(Lang.en, AnalysisChains.english());
    }

    /** The text part: null when the query has no text (everything matches). */
    Query text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        QuerySyntax.Parsed parsed = QuerySyntax.parse(q);
        BoolQuery.Builder query = new BoolQuery.Builder();
        boolean positive = false;
        for (List<QuerySyntax.Term> group : parsed.groups()) {
            List<Query> alternatives = new ArrayList<>();
            for (QuerySyntax.Term term : group) {
                Query clause = term(term);
                if (clause != null) {
                    alternatives.add(clause);
                }
            }
            if (alternatives.size() == 1) {
                query.must(alternatives.get(0));
                positive = true;
            } else if (!alternatives.isEmpty()) {
                query.must(Query.of(q1 -> q1.bool(b -> b.should(alternatives))));
                positive = true;
            }
        }
        for (QuerySyntax.Term term : parsed.excluded()) {
            Query clause = term(term);
            if (clause != null) {
                query.mustNot(clause);
            }
        }
        if (!positive) {
            if (!parsed.groups().isEmpty()) {
                // only words that analyse to nothing (punctuation, stopwords): nothing can match them
                return Query.of(q1 -> q1.matchNone(m -> m));
            }
            query.must(Query.of(q1 -> q1.matchAll(m -> m)));
        }
        return Query.of(q1 -> q1.bool(query.build()));
    }

    /** One word or phrase in every text field of every language; null when no language keeps a token. */
    Query term(QuerySyntax.Term term) {
        List<Query> fields = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            if (!hasTokens(analyzers.get(lang), term.text())) {
                continue;
            }
            for (String base : EsFields.TEXTS) {
                String field = EsFields.text(base, lang);
                float boost = EsFields.boost(base);
                fields.add(term.phrase()
                        ? Query.of(q -> q.matchPhrase(m -> m.field(field).query(term.text()).boost(boost)))
                        : Query.of(q -> q.match(m -> m.field(field).query(term.text()).operator(Operator.And)
                                .autoGenerateSynonymsPhraseQuery(false).boost(boost))));
            }
        }
        return fields.isEmpty() ? null
                : Query.of(q -> q.disMax(d -> d.queries(fields).tieBreaker(TIE_BREAKER)));
    }

    /** Every filter of the query (empty when there is none). */
    List<Query> filters(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        anyOf(filters, EsFields.KIND, query.kinds(), Coded::code);
        anyOf(filters, EsFields.TERRITORY, query.territories(), Function.identity());
        anyOf(filters, EsFields.COUNTRY, query.countries(), c -> c.toUpperCase(Locale.ROOT));
        anyOf(filters, EsFields.CRAFT, query.crafts(), Coded::code);
        anyOf(filters, EsFields.DESIGNATION, query.designations(), Coded::code);
        anyOf(filters, EsFields.ART_FORM, query.artForms(), Coded::code);
        anyOf(filters, EsFields.TAG, query.tags(), t -> t.toLowerCase(Locale.ROOT));
        if (query.training() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field(EsFields.TRAINING).value(query.training().toString()))));
        }
        if (query.from() != null || query.to() != null) {
            anyOf(filters, EsFields.KIND, List.of(Kind.EXHIBITION, Kind.EVENT), Coded::code);
            if (query.to() != null) {
                double to = query.to().toEpochDay();
                filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(EsFields.START).lte(to)))));
            }
            if (query.from() != null) {
                double from = query.from().toEpochDay();
                filters.add(Query.of(q -> q.range(r -> r.number(n -> n.field(EsFields.END).gte(from)))));
            }
        }
        if (query.near() != null) {
            var near = query.near();
            filters.add(Query.of(q -> q.geoDistance(g -> g.field(EsFields.LOCATION)
                    .distance(query.radiusKm() * 1000 + "m")
                    .location(l -> l.latlon(p -> p.lat(near.lat()).lon(near.lon()))))));
        }
        if (query.bbox() != null) {
            var box = query.bbox();
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field(EsFields.LOCATION).boundingBox(b -> b
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
