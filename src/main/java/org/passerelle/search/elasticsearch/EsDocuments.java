package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryContent;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.TextFields;
import org.passerelle.search.analysis.AnalysisChains;
import org.passerelle.search.analysis.TextForms;
import org.passerelle.shared.Lang;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link SearchDocument} into the JSON document Elasticsearch indexes — the same fields, with
 * the same values, as the embedded engine's Lucene documents — and a hit's {@code source} back into a
 * {@link SearchDocument}. The source keeps everything but the documents' text (indexed, not shown).
 */
final class EsDocuments {

    private static final int MAX_KEY = 200;

    private final JsonMapper json;
    private final Analyzer reading = AnalysisChains.reading();

    EsDocuments(JsonMapper json) {
        this.json = json;
    }

    byte[] toJson(SearchDocument source) {
        Entry entry = source.entry();
        EntryContent content = entry.content();
        ObjectNode doc = json.createObjectNode();
        doc.put(IndexFields.ID, entry.id());
        doc.put(IndexFields.TERRITORY, entry.territory());
        doc.put(IndexFields.KIND, content.kind().code());
        putIfText(doc, IndexFields.COUNTRY, source.country());
        putIfText(doc, IndexFields.CRAFT, content.craft() == null ? null : content.craft().code());
        putIfText(doc, IndexFields.DESIGNATION, content.designation() == null ? null : content.designation().code());
        for (ArtForm form : list(content.artForms())) {
            doc.withArray(IndexFields.ART_FORM).add(form.code());
        }
        for (String tag : list(content.tags())) {
            if (tag != null && !tag.isBlank()) {
                doc.withArray(IndexFields.TAG).add(tag.toLowerCase(Locale.ROOT));
                doc.withArray(EsFields.TAG_FACET).add(tag);
            }
        }
        if (content.training() != null) {
            doc.put(IndexFields.TRAINING, content.training().toString());
        }
        if (content.startDate() != null) {
            long start = content.startDate().toEpochDay();
            doc.put(IndexFields.START, start);
            doc.put(IndexFields.END, content.endDate() == null ? start : content.endDate().toEpochDay());
        }
        if (content.location() != null) {
            doc.putObject(IndexFields.LOCATION).put("lat", content.location().lat()).put("lon", content.location().lon());
        }
        doc.put(IndexFields.UPDATED, entry.updatedAt() == null ? 0 : entry.updatedAt().toEpochMilli());
        TextFields.forEach(source, (base, lang, value) -> text(doc, base, lang, value));
        titles(doc, content.title());
        JsonNode shown = json.valueToTree(new SearchDocument(entry, source.territoryName(), source.country(),
                List.of(), source.thumbnail()));
        doc.set(IndexFields.SOURCE, shown);
        return json.writeValueAsBytes(doc);
    }

    SearchDocument fromSource(String sourceJson) {
        return json.treeToValue(json.readTree(sourceJson), SearchDocument.class);
    }


    private static void text(ObjectNode doc, String base, Lang lang, String value) {
        doc.withArray(TextFields.text(base, lang)).add(value);
    }

    private void titles(ObjectNode doc, Map<String, String> title) {
        for (Lang lang : Lang.values()) {
            String picked = lang.pick(title);
            if (picked != null) {
                doc.put(TextFields.titleSort(lang), bounded(TextForms.fold(picked)));
            }
            String own = get(title, lang);
            if (own == null || own.isBlank()) {
                continue;
            }
            doc.put(SuggestQuery.words(lang), own);
            doc.put(SuggestQuery.full(lang), TextForms.fold(own));
            if (lang == Lang.ja) {
                doc.put(SuggestQuery.READING, own);
                doc.put(SuggestQuery.READING_FULL, bounded(readingOf(own)));
            }
        }
    }

    /** The whole title read in katakana, as one string ("トミオカセイシジョウ"). */
    private String readingOf(String text) {
        StringBuilder out = new StringBuilder();
        try (TokenStream stream = reading.tokenStream(SuggestQuery.READING, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.append(term);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String bounded(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    private static void putIfText(ObjectNode doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.put(field, value);
        }
    }

    static String get(Map<String, String> texts, Lang lang) {
        return texts == null ? null : texts.get(lang.name());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
