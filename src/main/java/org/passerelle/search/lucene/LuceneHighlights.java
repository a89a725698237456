package org.passerelle.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.passerelle.entry.EntryContent;
import org.passerelle.search.SearchDocument;
import org.passerelle.shared.Lang;

/**
 * Highlights of a hit: its title and one passage of text (summary, description or documents) in
 * the first language, in the caller's fallback order, where the query matched. Matched words are
 * wrapped in {@code <mark>}, everything else HTML-escaped by the formatter.
 */
final class LuceneHighlights {

    private static final int PASSAGES = 2;

    private final UnifiedHighlighter titles;
    private final UnifiedHighlighter texts;

    LuceneHighlights(Analyzers analyzers) {
        DefaultPassageFormatter formatter = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);
        this.titles = UnifiedHighlighter.builderWithoutSearcher(analyzers.perField()).withFormatter(formatter)
                .withBreakIterator(WholeBreakIterator::new).withMaxNoHighlightPassages(0).build();
        this.texts = UnifiedHighlighter.builderWithoutSearcher(analyzers.perField()).withFormatter(formatter)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
                .withMaxNoHighlightPassages(0).build();
    }

    Map<String, String> of(SearchDocument source, Query query, Lang lang) throws IOException {
        Map<String, String> highlight = new LinkedHashMap<>();
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        EntryContent content = source.entry().content();
        for (Lang l : order) {
            String title = LuceneDocuments.get(content.title(), l);
            String marked = mark(titles, Fields.text(Fields.TITLE, l), query, title);
            if (marked != null) {
                highlight.put("title", marked);
                break;
            }
        }
        for (Lang l : order) {
            String marked = text(source, content, query, l);
            if (marked != null) {
                highlight.put("text", marked);
                break;
            }
        }
        return highlight;
    }

    private String text(SearchDocument source, EntryContent content, Query query, Lang lang) throws IOException {
        String marked = mark(texts, Fields.text(Fields.SUMMARY, lang), query, LuceneDocuments.get(content.summary(), lang));
        if (marked == null) {
            marked = mark(texts, Fields.text(Fields.DESCRIPTION, lang), query,
                    LuceneDocuments.get(content.description(), lang));
        }
        if (marked == null) {
            List<String> documents = new ArrayList<>();
            for (String text : source.documentTexts()) {
                if (LuceneDocuments.languagesOf(text).contains(lang)) {
                    documents.add(text);
                }
            }
            for (String text : documents) {
                marked = mark(texts, Fields.text(Fields.DOCUMENTS, lang), query, text);
                if (marked != null) {
                    break;
                }
            }
        }
        return marked;
    }

    private static String mark(UnifiedHighlighter highlighter, String field, Query query, String text)
            throws IOException {
        if (text == null || text.isBlank()) {
            return null;
        }
        Object result = highlighter.highlightWithoutSearcher(field, query, text, PASSAGES);
        if (result == null) {
            return null;
        }
        String marked = result.toString().strip();
        return marked.contains("<mark>") ? marked : null;
    }
}
