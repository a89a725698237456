package org.passerelle.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryContent;
import org.passerelle.search.Facet;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

/**
 * Turns a {@link SearchDocument} into a Lucene document: keyword fields for filters, doc values
 * for sorts and facets, analysed text per language, the title's sort and suggestion fields
 * ({@link TitleFields}), and the document itself as stored JSON ({@link LuceneSources}).
 */
final class LuceneDocuments {

    private final TitleFields titles;
    private final FacetsConfig facets;
    private final LuceneSources sources;

    LuceneDocuments(Analyzers analyzers, FacetsConfig facets, LuceneSources sources) {
        this.titles = new TitleFields(analyzers);
        this.facets = facets;
        this.sources = sources;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Facet.ART_FORM.code(), true);
        config.setMultiValued(Facet.TAG.code(), true);
        return config;
    }

    Document toDocument(SearchDocument source) {
        Entry entry = source.entry();
        EntryContent content = entry.content();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, entry.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(entry.id())));
        doc.add(sources.field(source));
        keyword(doc, IndexFields.TERRITORY, Facet.TERRITORY, entry.territory());
        keyword(doc, IndexFields.KIND, Facet.KIND, content.kind().code());
        keyword(doc, IndexFields.COUNTRY, Facet.COUNTRY, source.country());
        keyword(doc, IndexFields.CRAFT, Facet.CRAFT, content.craft() == null ? null : content.craft().code());
        keyword(doc, IndexFields.DESIGNATION, Facet.DESIGNATION,
                content.designation() == null ? null : content.designation().code());
        for (ArtForm form : list(content.artForms())) {
            keyword(doc, IndexFields.ART_FORM, Facet.ART_FORM, form.code());
        }
        for (String tag : list(content.tags())) {
            if (tag != null && !tag.isBlank()) {
                doc.add(new StringField(IndexFields.TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
                doc.add(new SortedSetDocValuesFacetField(Facet.TAG.code(), tag));
            }
        }
        if (content.training() != null) {
            doc.add(new StringField(IndexFields.TRAINING, content.training().toString(), Field.Store.NO));
        }
        if (content.startDate() != null) {
            long start = content.startDate().toEpochDay();
            long end = content.endDate() == null ? start : content.endDate().toEpochDay();
            doc.add(new LongPoint(IndexFields.START, start));
            doc.add(new LongPoint(IndexFields.END, end));
            doc.add(new NumericDocValuesField(IndexFields.START, start));
        }
        if (content.location() != null) {
            doc.add(new LatLonPoint(IndexFields.LOCATION, content.location().lat(), content.location().lon()));
            doc.add(new LatLonDocValuesField(IndexFields.LOCATION, content.location().lat(), content.location().lon()));
        }
        doc.add(new NumericDocValuesField(IndexFields.UPDATED,
                entry.updatedAt() == null ? 0 : entry.updatedAt().toEpochMilli()));
        TextFields.forEach(source, (base, lang, value) -> text(doc, base, lang, value));
        titles.add(doc, content.title());
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keyword(Document doc, String field, Facet facet, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(facet.code(), value));
    }


    /**
     * Highlighted fields keep the offsets of their terms, so highlighting re-analyses nothing; their text
     * is not stored twice: the highlighter takes it from the stored source (see {@link LuceneSources#indexedText}).
     */
    private static final FieldType HIGHLIGHTED = highlighted();
    /** The texts shown as highlights (tags and places, in {@code meta}, are not). */
    private static final List<String> HIGHLIGHTED_TEXTS = List.of(TextFields.TITLE, TextFields.SUMMARY,
            TextFields.DESCRIPTION, TextFields.DOCUMENTS);

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void text(Document doc, String base, Lang lang, String value) {
        String field = TextFields.text(base, lang);
        doc.add(HIGHLIGHTED_TEXTS.contains(base) ? new Field(field, value, HIGHLIGHTED)
                : new TextField(field, value, Field.Store.NO));
    }

    static String get(Map<String, String> texts, Lang lang) {
        return texts == null ? null : texts.get(lang.name());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
