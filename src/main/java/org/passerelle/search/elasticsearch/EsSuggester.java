package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.Suggestion;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.search.analysis.TextForms;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/**
 * Completions as you type, from the titles, as the embedded engine ranks them: a title whose start
 * matches the typed text first, then titles with a word that starts like the last typed word (the
 * earlier ones complete); Japanese titles also by their kana reading, so 「とみお」 finds 富岡製糸場.
 */
final class EsSuggester {

    private static final float TITLE_START = 4f;
    private static final int MAX_PREFIX_TOKENS = 8;

    private final ElasticsearchClient client;
    private final EsHits hits;
    private final Analyzer latinPrefix = AnalysisChains.latinPrefix();
    private final Analyzer japanesePrefix = AnalysisChains.japanesePrefix();

    EsSuggester(ElasticsearchClient client, EsHits hits) {
        this.client = client;
        this.hits = hits;
    }

    List<Suggestion> suggest(String index, String prefix, Lang lang, int size) throws IOException {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        for (Lang l : order) {
            Query query = query(prefix, l);
            if (query == null) {
                continue;
            }
            List<SortOptions> sort = List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                    SortOptions.of(s -> s.field(f -> f.field(EsFields.titleSort(l)).order(SortOrder.Asc))));
            var response = client.search(r -> r.index(index).query(query).sort(sort).size(size)
                    .source(s -> s.filter(f -> f.includes(EsFields.SOURCE))), JsonData.class);
            for (Hit<JsonData> hit : response.hits().hits()) {
                SearchDocument source = hits.source(hit);
                String title = EsDocuments.get(source.entry().content().title(), l);
                if (title != null) {
                    found.putIfAbsent(source.id(), new Suggestion(title, source.id()));
                }
            }
            if (found.size() >= size) {
                break;
            }
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(size, found.size()));
    }

    private Query query(String prefix, Lang lang) throws IOException {
        String folded = TextForms.fold(prefix);
        if (folded.isEmpty()) {
            return null;
        }
        List<Query> any = new ArrayList<>();
        any.add(prefixQuery(EsFields.suggestFull(lang), folded, TITLE_START));
        Query words = words(prefix, lang);
        if (words != null) {
            any.add(words);
        }
        if (lang == Lang.ja && TextForms.isKana(folded)) {
            String kana = TextForms.katakana(folded);
            any.add(prefixQuery(EsFields.SUGGEST_READING_FULL, kana, TITLE_START));
            any.add(prefixQuery(EsFields.SUGGEST_READING, kana, 1f));
        }
        return Query.of(q -> q.bool(b -> b.should(any)));
    }

    /** Earlier words complete, the last one a prefix (unless the visitor typed a space after it). */
    private Query words(String prefix, Lang lang) throws IOException {
        List<String> tokens = tokens(lang == Lang.ja ? japanesePrefix : latinPrefix, prefix);
        if (tokens.isEmpty() || tokens.size() > MAX_PREFIX_TOKENS) {
            return null;
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        String field = EsFields.suggest(lang);
        List<Query> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            all.add(last && !lastComplete ? prefixQuery(field, token, 1f)
                    : Query.of(q -> q.term(t -> t.field(field).value(token))));
        }
        return Query.of(q -> q.bool(b -> b.must(all)));
    }

    private static Query prefixQuery(String field, String value, float boost) {
        return Query.of(q -> q.prefix(p -> p.field(field).value(value).boost(boost)));
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("suggest", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (tokens.size() <= MAX_PREFIX_TOKENS) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        }
        return tokens;
    }
}
