package org.passerelle.search.lucene;

import java.util.List;

import org.passerelle.search.SuggestQuery;
import org.passerelle.search.TextFields;

/** Names and weights of the index fields. */
final class Fields {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TERRITORY = "territory";
    static final String COUNTRY = "country";
    static final String KIND = "kind";
    static final String CRAFT = "craft";
    static final String DESIGNATION = "designation";
    static final String ART_FORM = "artForm";
    static final String TAG = "tag";
    static final String TRAINING = "training";
    static final String START = "start";
    static final String END = "end";
    static final String LOCATION = "location";
    static final String UPDATED = "updated";
    static final String SUGGEST_READING = SuggestQuery.READING;
    static final String SUGGEST_READING_FULL = SuggestQuery.READING_FULL;

    /** Analysed text fields, each present once per language. */
    static final String TITLE = TextFields.TITLE;
    static final String SUMMARY = TextFields.SUMMARY;
    static final String DESCRIPTION = TextFields.DESCRIPTION;
    static final String DOCUMENTS = TextFields.DOCUMENTS;
    /** Tags, territory name, venue and address. */
    static final String META = TextFields.META;
    static final List<String> TEXTS = TextFields.TEXTS;
    /** Text fields shown as highlights (stored with offsets). */
    static final List<String> HIGHLIGHTED = List.of(TITLE, SUMMARY, DESCRIPTION, DOCUMENTS);

    private Fields() {
    }
}
