package org.passerelle.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.passerelle.shared.Lang;

/**
 * Highlights of a page of hits, from the offsets stored in the index: the title and one passage of
 * text (summary, then description, then documents) in the first language, in the caller's fallback
 * order, where the query matched. Matched words are wrapped in {@code <mark>}, everything else is
 * HTML-escaped by the formatter.
 */
final class LuceneHighlights {

    private static final int PASSAGES = 2;
    private static final DefaultPassageFormatter FORMATTER =
            new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    private final Analyzers analyzers;

    LuceneHighlights(Analyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** One map per doc id, in the same order: {@code title} and/or {@code text}, absent when nothing matched. */
    List<Map<String, String>> of(IndexSearcher searcher, Query query, int[] docIds, Lang lang) throws IOException {
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        List<String> titleFields = new ArrayList<>();
        List<String> textFields = new ArrayList<>();
        for (Lang l : order) {
            titleFields.add(Fields.text(Fields.TITLE, l));
            for (String base : List.of(Fields.SUMMARY, Fields.DESCRIPTION, Fields.DOCUMENTS)) {
                textFields.add(Fields.text(base, l));
            }
        }
        Map<String, String[]> titles = highlighter(searcher, true).highlightFields(
                titleFields.toArray(String[]::new), query, docIds, passages(titleFields.size(), 1));
        Map<String, String[]> texts = highlighter(searcher, false).highlightFields(
                textFields.toArray(String[]::new), query, docIds, passages(textFields.size(), PASSAGES));
        List<Map<String, String>> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Map<String, String> highlight = new LinkedHashMap<>();
            first(titleFields, titles, i).ifPresent(t -> highlight.put("title", t));
            first(textFields, texts, i).ifPresent(t -> highlight.put("text", t));
            result.add(highlight);
        }
        return result;
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, boolean whole) {
        return UnifiedHighlighter.builder(searcher, analyzers.perField()).withFormatter(FORMATTER)
                .withBreakIterator(whole ? WholeBreakIterator::new
                        : () -> BreakIterator.getSentenceInstance(Locale.ROOT))
                // term offsets from the postings, without per-field query weights: several times faster
                .withWeightMatches(false).withPassageRelevancyOverSpeed(false)
                .withMaxNoHighlightPassages(0).build();
    }

    private static int[] passages(int fields, int each) {
        int[] passages = new int[fields];
        java.util.Arrays.fill(passages, each);
        return passages;
    }

    private static java.util.Optional<String> first(List<String> fields, Map<String, String[]> found, int doc) {
        for (String field : fields) {
            String[] values = found.get(field);
            String value = values == null ? null : values[doc];
            if (value != null && value.contains("<mark>")) {
                return java.util.Optional.of(value.strip());
            }
        }
        return java.util.Optional.empty();
    }
}
