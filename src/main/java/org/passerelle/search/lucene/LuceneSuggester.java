package org.passerelle.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.Suggestion;
import org.passerelle.shared.Lang;

/**
 * Completions as you type, from the titles: a title whose start matches the typed text ranks
 * first, then titles with a word that starts like the last typed word (the earlier ones complete).
 * Japanese titles are also matched by their kana reading, so 「とみお」 finds 富岡製糸場.
 */
final class LuceneSuggester {

    private static final float TITLE_START = 4f;
    private static final int MAX_PREFIX_TOKENS = 8;

    private final Analyzers analyzers;
    private final LuceneDocuments documents;

    LuceneSuggester(Analyzers analyzers, LuceneDocuments documents) {
        this.analyzers = analyzers;
        this.documents = documents;
    }

    List<Suggestion> suggest(IndexSearcher searcher, String prefix, Lang lang, int size) throws IOException {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        for (Lang l : order) {
            Query query = query(prefix, l);
            if (query == null) {
                continue;
            }
            Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(Fields.titleSort(l), SortField.Type.STRING));
            var stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query, size, sort).scoreDocs) {
                SearchDocument source = documents.source(stored.document(hit.doc, Set.of(Fields.SOURCE)));
                String title = LuceneDocuments.get(source.entry().content().title(), l);
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
        String folded = Analyzers.fold(prefix);
        if (folded.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new PrefixQuery(new Term(Fields.suggestFull(lang), folded)), TITLE_START), Occur.SHOULD);
        Query words = words(prefix, lang);
        if (words != null) {
            any.add(words, Occur.SHOULD);
        }
        if (lang == Lang.ja && Analyzers.isKana(folded)) {
            String kana = Analyzers.katakana(folded);
            any.add(new BoostQuery(new PrefixQuery(new Term(Fields.SUGGEST_READING_FULL, kana)), TITLE_START),
                    Occur.SHOULD);
            any.add(new PrefixQuery(new Term(Fields.SUGGEST_READING, kana)), Occur.SHOULD);
        }
        return any.build();
    }

    /** Earlier words complete, the last one a prefix (unless the visitor typed a space after it). */
    private Query words(String prefix, Lang lang) throws IOException {
        List<String> tokens = tokens(analyzers.prefix(lang), Fields.suggest(lang), prefix);
        if (tokens.isEmpty() || tokens.size() > MAX_PREFIX_TOKENS) {
            return null;
        }
        boolean lastComplete = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < tokens.size(); i++) {
            Term term = new Term(Fields.suggest(lang), tokens.get(i));
            boolean last = i == tokens.size() - 1;
            all.add(last && !lastComplete ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
        }
        return all.build();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && tokens.size() <= MAX_PREFIX_TOKENS) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
