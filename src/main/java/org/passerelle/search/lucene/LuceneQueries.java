package org.passerelle.search.lucene;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.passerelle.entry.Codes.Coded;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.IndexFields;
import org.passerelle.search.QuerySyntax;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.TextQuery;
import org.passerelle.shared.Lang;

/** Builds Lucene queries from the engine-neutral model: the user's text in every language, and the filters. */
final class LuceneQueries {

    private final Analyzers analyzers;
    private final TextQuery.Builder<Query> text = new TextQuery.Builder<>() {

        @Override
        public Query field(String field, Lang lang, QuerySyntax.Term term, float boost) {
            QueryBuilder builder = new QueryBuilder(analyzers.of(lang));
            Query q = term.phrase() ? builder.createPhraseQuery(field, term.text())
                    : builder.createBooleanQuery(field, term.text(), Occur.MUST);
            return q == null ? null : new BoostQuery(q, boost);
        }

        @Override
        public Query sum(List<Query> clauses) {
            return bool(clauses, Occur.SHOULD);
        }

        @Override
        public Query best(List<Query> clauses, float tieBreaker) {
            return new DisjunctionMaxQuery(clauses, tieBreaker);
        }

        @Override
        public Query all(List<Query> required, List<Query> excluded) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            required.forEach(clause -> all.add(clause, Occur.MUST));
            excluded.forEach(clause -> all.add(clause, Occur.MUST_NOT));
            return all.build();
        }

        @Override
        public Query everything() {
            return new MatchAllDocsQuery();
        }

        @Override
        public Query nothing() {
            return new MatchNoDocsQuery("no searchable word");
        }
    };

    /** Every clause with the same occurrence. */
    static Query bool(List<Query> clauses, Occur occur) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        clauses.forEach(clause -> bool.add(clause, occur));
        return bool.build();
    }

    LuceneQueries(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** The text part: null when the query has no text (everything matches). */
    Query text(String q) {
        return TextQuery.build(q, text);
    }

    /** Every filter of the query (null when there is none). */
    Query filters(SearchQuery query) {
        BooleanQuery.Builder filters = new BooleanQuery.Builder();
        boolean any = false;
        any |= anyOf(filters, IndexFields.KIND, query.kinds(), Coded::code);
        any |= anyOf(filters, IndexFields.TERRITORY, query.territories(), Function.identity());
        any |= anyOf(filters, IndexFields.COUNTRY, query.countries(), c -> c.toUpperCase(Locale.ROOT));
        any |= anyOf(filters, IndexFields.CRAFT, query.crafts(), Coded::code);
        any |= anyOf(filters, IndexFields.DESIGNATION, query.designations(), Coded::code);
        any |= anyOf(filters, IndexFields.ART_FORM, query.artForms(), Coded::code);
        any |= anyOf(filters, IndexFields.TAG, query.tags(), t -> t.toLowerCase(Locale.ROOT));
        if (query.training() != null) {
            filters.add(new TermQuery(new Term(IndexFields.TRAINING, query.training().toString())), Occur.FILTER);
            any = true;
        }
        if (query.from() != null || query.to() != null) {
            anyOf(filters, IndexFields.KIND, List.of(Kind.EXHIBITION, Kind.EVENT), Coded::code);
            long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochDay();
            long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochDay();
            filters.add(LongPoint.newRangeQuery(IndexFields.START, Long.MIN_VALUE, to), Occur.FILTER);
            filters.add(LongPoint.newRangeQuery(IndexFields.END, from, Long.MAX_VALUE), Occur.FILTER);
            any = true;
        }
        if (query.near() != null) {
            filters.add(LatLonPoint.newDistanceQuery(IndexFields.LOCATION, query.near().lat(), query.near().lon(),
                    query.radiusKm() * 1000), Occur.FILTER);
            any = true;
        }
        if (query.bbox() != null) {
            var box = query.bbox();
            filters.add(LatLonPoint.newBoxQuery(IndexFields.LOCATION, box.minLat(), box.maxLat(), box.minLon(),
                    box.maxLon()), Occur.FILTER);
            any = true;
        }
        return any ? filters.build() : null;
    }

    private static <T> boolean anyOf(BooleanQuery.Builder filters, String field, List<T> values,
            Function<T, String> code) {
        if (values.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (T value : values) {
            either.add(new TermQuery(new Term(field, code.apply(value))), Occur.SHOULD);
        }
        filters.add(either.build(), Occur.FILTER);
        return true;
    }

    /** The whole query: text (scored) and filters (not scored). */
    Query query(SearchQuery query) {
        return query(query, text(query.q()));
    }

    /** The whole query around its text part already built (the highlighter needs that part alone). */
    Query query(SearchQuery query, Query text) {
        Query filters = filters(query);
        if (text == null && filters == null) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        if (filters != null) {
            all.add(filters, Occur.FILTER);
        }
        return all.build();
    }
}
