package org.passerelle.search.elasticsearch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hits as listings show them, with highlights chosen as the embedded engine chooses them: the title in
 * the first language (in the caller's fallback order) where the query matched it, whole; and one or two
 * passages of the summary, else the description, else the documents, in the first language that matched.
 */
final class EsHits {

    private static final String MARK = "<mark>";
    /** Private-use characters around matches in the cluster's raw fragments, escaped and replaced here. */
    private static final String PRE = "\uE000";
    private static final String POST = "\uE001";
    private static final int PASSAGES = 2;
    /** Sentences are passages, whole, as with the embedded engine's sentence break iterator. */
    private static final int PASSAGE_CHARS = 100_000;
    /** What the embedded engine's highlighter reads of a text (UnifiedHighlighter's default maxLength). */
    private static final int MAX_ANALYZED_CHARS = 10_000;
    private static final Escaper ESCAPER = new Escaper();

    private final JsonMapper json;
    private final EsDocuments documents;

    EsHits(JsonMapper json, EsDocuments documents) {
        this.json = json;
        this.documents = documents;
    }

    /** What to ask the cluster for: every title and text field, {@code <mark>}ed and HTML-escaped. */
    static Highlight highlight() {
        Map<String, HighlightField> fields = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            fields.put(TextFields.text(TextFields.TITLE, lang), HighlightField.of(f -> f.numberOfFragments(0)));
            for (String base : List.of(TextFields.SUMMARY, TextFields.DESCRIPTION, TextFields.DOCUMENTS)) {
                fields.put(TextFields.text(base, lang), HighlightField.of(f -> f.numberOfFragments(PASSAGES)
                        .fragmentSize(PASSAGE_CHARS)));
            }
        }
        // raw fragments: escaped here exactly as the embedded engine's passage formatter escapes
        return Highlight.of(h -> h.type(HighlighterType.Unified).encoder(HighlighterEncoder.Default)
                .preTags(PRE).postTags(POST).requireFieldMatch(true).maxAnalyzedOffset(MAX_ANALYZED_CHARS)
                .fields(fields));
    }

    SearchDocument source(Hit<JsonData> hit) {
        JsonNode source = json.readTree(hit.source().toJson().toString()).get(IndexFields.SOURCE);
        return json.treeToValue(source, SearchDocument.class);
    }

    SearchHit hit(Hit<JsonData> hit, SearchQuery query) {
        Map<String, String> highlight = query.hasQueryText() ? highlights(hit.highlight(), query.lang()) : Map.of();
        return SearchHit.of(source(hit), query.near(), highlight);
    }

    private static Map<String, String> highlights(Map<String, List<String>> found, Lang lang) {
        Map<String, String> highlight = new LinkedHashMap<>();
        if (found == null || found.isEmpty()) {
            return highlight;
        }
        List<Lang> order = lang == null ? List.of(Lang.values()) : lang.fallbackOrder();
        for (Lang l : order) {
            String title = marked(found.get(TextFields.text(TextFields.TITLE, l)));
            if (title != null) {
                highlight.put("title", title);
                break;
            }
        }
        for (Lang l : order) {
            String text = null;
            for (String base : List.of(TextFields.SUMMARY, TextFields.DESCRIPTION, TextFields.DOCUMENTS)) {
                text = marked(found.get(TextFields.text(base, l)));
                if (text != null) {
                    break;
                }
            }
            if (text != null) {
                highlight.put("text", text);
                break;
            }
        }
        return highlight;
    }

    private static String marked(List<String> fragments) {
        if (fragments == null || fragments.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String fragment : fragments.subList(0, Math.min(PASSAGES, fragments.size()))) {
            if (!out.isEmpty()) {
                out.append(" … ");
            }
            ESCAPER.mark(out, fragment);
        }
        String joined = out.toString().strip();
        return joined.contains(MARK) ? joined : null;
    }

    /** Lucene's passage formatter, for its HTML escaping: highlights read the same on both engines. */
    private static final class Escaper extends DefaultPassageFormatter {

        Escaper() {
            super(MARK, "</mark>", " … ", true);
        }

        void mark(StringBuilder out, String fragment) {
            int at = 0;
            while (at < fragment.length()) {
                int pre = fragment.indexOf(PRE, at);
                if (pre < 0) {
                    append(out, fragment, at, fragment.length());
                    return;
                }
                int post = fragment.indexOf(POST, pre);
                if (post < 0) {
                    post = fragment.length();
                }
                append(out, fragment, at, pre);
                out.append(MARK);
                append(out, fragment, pre + PRE.length(), post);
                out.append("</mark>");
                at = Math.min(fragment.length(), post + POST.length());
            }
        }
    }
}
