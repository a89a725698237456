package org.passerelle.search.lucene;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.TextFields;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.search.analysis.TextForms;
import org.passerelle.shared.Lang;

/**
 * Text analysis per language. Every text field is named {@code <field>_<lang>} and analysed by its
 * language's chain; the same chain analyses the query, one language at a time. The chains are those of
 * {@link AnalysisChains}, which the Elasticsearch analysis plugin serves too.
 */
final class Analyzers {

    private final Analyzer french = AnalysisChains.french();
    private final Analyzer english = AnalysisChains.english();
    private final Analyzer japanese = AnalysisChains.japanese();
    private final Analyzer latinPrefix = AnalysisChains.latinPrefix();
    private final Analyzer japanesePrefix = AnalysisChains.japanesePrefix();
    private final Analyzer reading = AnalysisChains.reading();

    private final Analyzer perField;

    Analyzers() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String base : TextFields.TEXTS) {
            for (Lang lang : Lang.values()) {
                fields.put(TextFields.text(base, lang), of(lang));
            }
        }
        for (Lang lang : Lang.values()) {
            fields.put(SuggestQuery.words(lang), prefix(lang));
        }
        fields.put(SuggestQuery.READING, reading);
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

    static String fold(String text) {
        return TextForms.fold(text);
    }

    static String katakana(String text) {
        return TextForms.katakana(text);
    }

    static boolean isKana(String text) {
        return TextForms.isKana(text);
    }

    static boolean hasCjk(String text) {
        return TextForms.hasCjk(text);
    }
}
