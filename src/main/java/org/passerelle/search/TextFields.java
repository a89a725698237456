package org.passerelle.search;

import java.util.List;

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
}
