package org.passerelle.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The text analysis chains of Passerelle, in one place for both engines: the embedded Lucene
 * engine builds its analysers here, and the Elasticsearch analysis plugin (package {@code es},
 * packaged as {@code target/passerelle-analysis-es-plugin.zip}) hands the very same analysers to
 * Elasticsearch under the names below — so both engines cut, fold and stem words alike, and rank alike.
 * <ul>
 * <li>French: elision (l', d', qu'...), lower case, stopwords, accent folding, light stemming — so
 * "l'artisanat" meets "artisanat", "verreries" meets "verrerie", "ceramique" meets "céramique".</li>
 * <li>Japanese: Kuromoji in search mode (compounds split, so 製糸 is found in 富岡製糸場), base forms,
 * full/half width folding, katakana long-vowel stemming, stopwords.</li>
 * <li>English: possessives, lower case, stopwords, accent folding, KStem (light) stemming.</li>
 * </ul>
 * Suggestion fields use lighter chains (no stemming) so that a typed prefix meets the words as written.
 * This class depends on Lucene only: it runs inside Elasticsearch too.
 */
public final class AnalysisChains {

    /** Names of the analysers in Elasticsearch (the plugin registers them; mappings refer to them). */
    public static final String FRENCH = "passerelle_french";
    public static final String ENGLISH = "passerelle_english";
    public static final String JAPANESE = "passerelle_japanese";
    public static final String LATIN_PREFIX = "passerelle_latin_prefix";
    public static final String JAPANESE_PREFIX = "passerelle_japanese_prefix";
    public static final String READING = "passerelle_reading";

    private AnalysisChains() {
    }

    public static Analyzer french() {
        return new Analyzer() {
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
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in,
                        FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    public static Analyzer english() {
        return new Analyzer() {
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
    }

    public static Analyzer japanese() {
        return new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH, JapaneseAnalyzer.getDefaultStopSet(),
                JapaneseAnalyzer.getDefaultStopTags());
    }

    /** Words as written, folded: French and English suggestions. */
    public static Analyzer latinPrefix() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Japanese words as written (search-mode segments), width-folded: Japanese suggestions. */
    public static Analyzer japanesePrefix() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
            }
        };
    }

    /** Katakana readings of Japanese words, so that kana typed as you go meets a kanji title. */
    public static Analyzer reading() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
                TokenStream stream = new JapaneseReadingFormFilter(source, false);
                return new TokenStreamComponents(source, new CJKWidthFilter(stream));
            }
        };
    }
}
