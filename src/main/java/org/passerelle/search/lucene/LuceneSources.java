package org.passerelle.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link SearchDocument} stored whole in each Lucene document, as JSON: hits, highlights, suggestions
 * and related entries are built from it, so the index stores no field's text a second time.
 */
final class LuceneSources {

    private final JsonMapper json;

    LuceneSources(JsonMapper json) {
        this.json = json;
    }

    StoredField field(SearchDocument source) {
        return new StoredField(IndexFields.SOURCE, json.writeValueAsBytes(source));
    }

    SearchDocument source(Document stored) {
        BytesRef bytes = stored.getBinaryValue(IndexFields.SOURCE);
        return json.readValue(bytes.bytes, bytes.offset, bytes.length, SearchDocument.class);
    }

    /**
     * The text a highlighted field indexed for this document ({@code field} is {@code <base>_<lang>}),
     * several values joined by {@code separator} as the highlighter expects; "" when it has none. The
     * texts come from {@link TextFields#forEach}, as the indexed ones did.
     */
    static String indexedText(SearchDocument source, String field, char separator) {
        int cut = field.lastIndexOf('_');
        String wantedBase = field.substring(0, cut);
        Lang wantedLang = Lang.valueOf(field.substring(cut + 1));
        StringBuilder joined = new StringBuilder();
        TextFields.forEach(source, (base, lang, value) -> {
            if (lang == wantedLang && base.equals(wantedBase)) {
                if (!joined.isEmpty()) {
                    joined.append(separator);
                }
                joined.append(value);
            }
        });
        return joined.toString();
    }
}
