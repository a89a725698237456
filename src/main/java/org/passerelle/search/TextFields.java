package org.passerelle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.passerelle.entry.EntryContent;
import org.passerelle.search.analysis.TextForms;
import org.passerelle.shared.Lang;

/**
 * The analysed text fields and their weights, shared by every engine: both must name and weigh them
 * alike for a query to score the same on Lucene and Elasticsearch.
 */
public final class TextFields {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String DOCUMENTS = "documents";
    /** Tags, territory name, venue and address. */
    public static final String META = "meta";
    public static final List<String> TEXTS = List.of(TITLE, SUMMARY, DESCRIPTION, DOCUMENTS, META);

    private TextFields() {
    }

    /** Titles weigh most, then summaries, then tags and places, then descriptions, then documents. */
    public static float boost(String base) {
        return switch (base) {
            case TITLE -> 8f;
            case SUMMARY -> 4f;
            case META -> 3f;
            case DESCRIPTION -> 1.5f;
            default -> 1f;
        };
    }

    /** The title in one language as a sort key (folded), such as {@code title_sort_fr}. */
    public static String titleSort(Lang lang) {
        return "title_sort_" + lang.name();
    }

    /** The field of one text in one language, such as {@code title_fr}. */
    public static String text(String base, Lang lang) {
        return base + "_" + lang.name();
    }

    /** Receives one text of a document for one analysed field. */
    public interface Sink {
        void text(String base, Lang lang, String value);
    }

    /**
     * Every text an engine indexes for a document, in order, with its field and language (blank texts
     * left out): the multilingual texts in their own languages; tags, venue, address and document texts,
     * which have no language of their own, where their script says ({@link #languagesOf}).
     */
    public static void forEach(SearchDocument source, Sink sink) {
        EntryContent content = source.entry().content();
        Sink nonBlank = (base, lang, value) -> {
            if (value != null && !value.isBlank()) {
                sink.text(base, lang, value);
            }
        };
        for (Lang lang : Lang.values()) {
            nonBlank.text(TITLE, lang, get(content.title(), lang));
            nonBlank.text(SUMMARY, lang, get(content.summary(), lang));
            nonBlank.text(DESCRIPTION, lang, get(content.description(), lang));
            nonBlank.text(META, lang, get(source.territoryName(), lang));
        }
        List<String> untagged = new ArrayList<>(content.tags() == null ? List.of() : content.tags());
        untagged.add(content.venue());
        untagged.add(content.address());
        for (String text : untagged) {
            for (Lang lang : languagesOf(text)) {
                nonBlank.text(META, lang, text);
            }
        }
        for (String text : source.documentTexts() == null ? List.<String>of() : source.documentTexts()) {
            for (Lang lang : languagesOf(text)) {
                nonBlank.text(DOCUMENTS, lang, text);
            }
        }
    }

    /** Japanese for text with CJK characters, else French and English (a text without a language of its own). */
    public static List<Lang> languagesOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return TextForms.hasCjk(text) ? List.of(Lang.ja) : List.of(Lang.fr, Lang.en);
    }

    private static String get(Map<String, String> texts, Lang lang) {
        return texts == null ? null : texts.get(lang.name());
    }
}
