package org.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.passerelle.search.analysis.TextForms;
import org.passerelle.shared.Lang;

/**
 * Completions as you type, written once for every engine (each says how to express each piece and
 * runs the query): a title whose start matches the typed text ranks first, then titles with a word
 * that starts like the last typed word (the earlier ones complete). Japanese titles are also matched
 * by their kana reading, so 「とみお」 finds 富岡製糸場. Languages are tried in the caller's fallback
 * order; each entry is suggested once, by its title in the first language that matched.
 */
public final class SuggestQuery {

    /** Whole titles (folded), per language: the typed text as a prefix of the title. */
    public static final String FULL_PREFIX = "suggest_full_";
    /** Title words (prefix analysis), per language. */
    public static final String WORDS_PREFIX = "suggest_";
    /** Kana readings of Japanese title words, and of whole Japanese titles. */
    public static final String READING = "suggest_reading";
    public static final String READING_FULL = "suggest_reading_full";

    private static final float TITLE_START = 4f;
    private static final int MAX_PREFIX_TOKENS = 8;

    /** How one engine expresses each piece; {@code Q} is its query type. */
    public interface Builder<Q> {

        Q prefix(String field, String value, float boost);

        Q term(String field, String value);

        /** Every clause must match. */
        Q all(List<Q> clauses);

        /** Any clause may match; their scores add up. */
        Q any(List<Q> clauses);
    }

    /** Runs one language's query: the best hits, best first, ties in title order. */
    public interface Search<Q> {
        List<SearchDocument> top(Q query, Lang lang, int size) throws IOException;
    }

    private SuggestQuery() {
    }

    public static String full(Lang lang) {
        return FULL_PREFIX + lang.name();
    }

    public static String words(Lang lang) {
        return WORDS_PREFIX + lang.name();
    }

    /** Up to {@code size} suggestions for the typed text, in {@code lang}'s fallback order (all languages without). */
    public static <Q> List<Suggestion> suggest(String typed, Lang lang, int size, Analyzer latinPrefix,
            Analyzer japanesePrefix, Builder<Q> builder, Search<Q> search) throws IOException {
        Map<String, Suggestion> found = new LinkedHashMap<>();
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        for (Lang l : order) {
            Q query = query(typed, l, l == Lang.ja ? japanesePrefix : latinPrefix, builder);
            if (query == null) {
                continue;
            }
            for (SearchDocument source : search.top(query, l, size)) {
                Map<String, String> titles = source.entry().content().title();
                String title = titles == null ? null : titles.get(l.name());
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

    /** One language's query; null when the typed text has nothing to search. */
    static <Q> Q query(String typed, Lang lang, Analyzer prefixAnalysis, Builder<Q> builder) {
        String folded = TextForms.fold(typed);
        if (folded.isEmpty()) {
            return null;
        }
        List<Q> any = new ArrayList<>();
        any.add(builder.prefix(full(lang), folded, TITLE_START));
        Q words = words(typed, lang, prefixAnalysis, builder);
        if (words != null) {
            any.add(words);
        }
        if (lang == Lang.ja && TextForms.isKana(folded)) {
            String kana = TextForms.katakana(folded);
            any.add(builder.prefix(READING_FULL, kana, TITLE_START));
            any.add(builder.prefix(READING, kana, 1f));
        }
        return builder.any(any);
    }

    /** Earlier words complete, the last one a prefix (unless the visitor typed a space after it). */
    private static <Q> Q words(String typed, Lang lang, Analyzer prefixAnalysis, Builder<Q> builder) {
        List<String> tokens = tokens(prefixAnalysis, words(lang), typed);
        if (tokens.isEmpty() || tokens.size() > MAX_PREFIX_TOKENS) {
            return null;
        }
        boolean lastComplete = Character.isWhitespace(typed.charAt(typed.length() - 1));
        List<Q> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            all.add(last && !lastComplete ? builder.prefix(words(lang), tokens.get(i), 1f)
                    : builder.term(words(lang), tokens.get(i)));
        }
        return builder.all(all);
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (tokens.size() <= MAX_PREFIX_TOKENS) {
                    tokens.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
