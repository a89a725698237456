package org.passerelle.search.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.util.BytesRef;
import org.passerelle.entry.EntryContent;
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
     * several values joined by {@code separator} as the highlighter expects; "" when it has none.
     * It must follow what {@link LuceneDocuments} put in each field.
     */
    static String indexedText(SearchDocument source, String field, char separator) {
        int cut = field.lastIndexOf('_');
        String base = field.substring(0, cut);
        Lang lang = Lang.valueOf(field.substring(cut + 1));
        EntryContent content = source.entry().content();
        String text = switch (base) {
            case TextFields.TITLE -> LuceneDocuments.get(content.title(), lang);
            case TextFields.SUMMARY -> LuceneDocuments.get(content.summary(), lang);
            case TextFields.DESCRIPTION -> LuceneDocuments.get(content.description(), lang);
            case TextFields.DOCUMENTS -> {
                StringBuilder joined = new StringBuilder();
                boolean first = true;
                for (String document : LuceneDocuments.list(source.documentTexts())) {
                    if (LuceneDocuments.languagesOf(document).contains(lang)) {
                        if (!first) {
                            joined.append(separator);
                        }
                        joined.append(document);
                        first = false;
                    }
                }
                yield joined.toString();
            }
            default -> null;
        };
        return text == null || text.isBlank() ? "" : text;
    }
}
