package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.Suggestion;
import org.passerelle.search.TextFields;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/** Completions as you type ({@link SuggestQuery}), as Elasticsearch queries on the title fields. */
final class EsSuggester {

    private static final SuggestQuery.Builder<Query> QUERIES = new SuggestQuery.Builder<>() {

        @Override
        public Query prefix(String field, String value, float boost) {
            return Query.of(q -> q.prefix(p -> p.field(field).value(value).boost(boost)));
        }

        @Override
        public Query term(String field, String value) {
            return Query.of(q -> q.term(t -> t.field(field).value(value)));
        }

        @Override
        public Query all(List<Query> clauses) {
            return Query.of(q -> q.bool(b -> b.must(clauses)));
        }

        @Override
        public Query any(List<Query> clauses) {
            return Query.of(q -> q.bool(b -> b.should(clauses)));
        }
    };

    private final ElasticsearchClient client;
    private final EsHits hits;
    private final Analyzer latinPrefix = AnalysisChains.latinPrefix();
    private final Analyzer japanesePrefix = AnalysisChains.japanesePrefix();

    EsSuggester(ElasticsearchClient client, EsHits hits) {
        this.client = client;
        this.hits = hits;
    }

    List<Suggestion> suggest(String index, String prefix, Lang lang, int size) throws IOException {
        return SuggestQuery.suggest(prefix, lang, size, latinPrefix, japanesePrefix, QUERIES, (query, l, n) -> {
            List<SortOptions> sort = List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                    SortOptions.of(s -> s.field(f -> f.field(TextFields.titleSort(l)).order(SortOrder.Asc))));
            var response = client.search(r -> r.index(index).query(query).sort(sort).size(n)
                    .source(s -> s.filter(f -> f.includes(IndexFields.SOURCE))), JsonData.class);
            List<SearchDocument> top = new ArrayList<>();
            for (Hit<JsonData> hit : response.hits().hits()) {
                top.add(hits.source(hit));
            }
            return top;
        });
    }
}
