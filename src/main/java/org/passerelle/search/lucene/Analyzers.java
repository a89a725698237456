package org.passerelle.search.lucene;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.passerelle.shared.Lang;

/**
 * Text analysis per language. Every text field is named {@code <field>_<lang>} and analysed by its
 * language's chain; the same chain analyses the query, one language at a time.
 * <ul>
 * <li>French: elision (l', d', qu'...), lower case, stopwords, accent folding, light stemming — so
 * "l'artisanat" meets "artisanat", "verreries" meets "verrerie", "ceramique" meets "céramique".</li>
 * <li>Japanese: Kuromoji in search mode (compounds split, so 製糸 is found in 富岡製糸場), base forms,
 * full/half width folding, katakana long-vowel stemming, stopwords.</li>
 * <li>English: possessives, lower case, stopwords, accent folding, KStem (light) stemming.</li>
 * </ul>
 * Suggestion fields use lighter chains (no stemming) so that a typed prefix meets the words as written.
 */
final class Analyzers {

    private final Analyzer french = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
            stream = new ASCIIFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
        }
    };

    private final Analyzer english = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new ASCIIFoldingFilter(stream);
            stream = new KStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private final Analyzer japanese = new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
            JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags());

    /** Words as written, folded: French and English suggestions. */
    private final Analyzer latinPrefix = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            return new TokenStreamComponents(source, stream);
        }
    };

    /** Japanese words as written (search-mode segments), width-folded: Japanese suggestions. */
    private final Analyzer japanesePrefix = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
            return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
        }
    };

    /** Katakana readings of Japanese words, so that kana typed as you go meets a kanji title. */
    private final Analyzer reading = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
            TokenStream stream = new JapaneseReadingFormFilter(source, false);
            return new TokenStreamComponents(source, new CJKWidthFilter(stream));
        }
    };

    private final Analyzer perField;

    Analyzers() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String base : Fields.TEXTS) {
            for (Lang lang : Lang.values()) {
                fields.put(Fields.text(base, lang), of(lang));
            }
        }
        for (Lang lang : Lang.values()) {
            fields.put(Fields.suggest(lang), prefix(lang));
        }
        fields.put(Fields.SUGGEST_READING, reading);
        perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }

    /** The analyser of every field, for the index writer and the highlighter. */
    Analyzer perField() {
        return perField;
    }

    Analyzer of(Lang lang) {
        return switch (lang) {
            case fr -> french;
            case ja -> japanese;
            case en -> english;
        };
    }

    Analyzer prefix(Lang lang) {
        return lang == Lang.ja ? japanesePrefix : latinPrefix;
    }

    Analyzer reading() {
        return reading;
    }

    /** Whole-string form for prefix matching from the start of a title and for title sorting. */
    static String fold(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        String decomposed = Normalizer.normalize(nfkc, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            // drop combining accents (Latin only: Japanese dakuten are recomposed below)
            if (Character.getType(c) == Character.NON_SPACING_MARK && c != '\u3099' && c != '\u309A') {
                continue;
            }
            out.append(c);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Hiragana to katakana, the script of readings. */
    static String katakana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c);
        }
        return out.toString();
    }

    /** Whether the text is kana only (what a Japanese visitor types before converting to kanji). */
    static boolean isKana(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kana = (c >= '\u3041' && c <= '\u309F') || (c >= '\u30A0' && c <= '\u30FF');
            if (!kana) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has Han, kana or other CJK letters (document text and tags go to Japanese then). */
    static boolean hasCjk(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }
}
