package org.passerelle.search.elasticsearch;

import java.util.List;

import org.passerelle.search.Facet;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.TextFields;

/**
 * Field names and weights of the Elasticsearch index (mapping: {@code search/elasticsearch-entries.json}).
 * Names and weights are those of the embedded engine, so that both score a query alike.
 */
final class EsFields {

    static final String ID = "id";
    static final String SOURCE = "source";
    static final String TERRITORY = "territory";
    static final String COUNTRY = "country";
    static final String KIND = "kind";
    static final String CRAFT = "craft";
    static final String DESIGNATION = "designation";
    static final String ART_FORM = "artForm";
    static final String TAG = "tag";
    /** Tags as written, for the facet (the filter field {@link #TAG} is lower-cased). */
    static final String TAG_FACET = "tag_facet";
    static final String TRAINING = "training";
    static final String START = "start";
    static final String END = "end";
    static final String LOCATION = "location";
    static final String UPDATED = "updated";
    static final String SUGGEST_READING = SuggestQuery.READING;
    static final String SUGGEST_READING_FULL = SuggestQuery.READING_FULL;

    static final String TITLE = TextFields.TITLE;
    static final String SUMMARY = TextFields.SUMMARY;
    static final String DESCRIPTION = TextFields.DESCRIPTION;
    static final String DOCUMENTS = TextFields.DOCUMENTS;
    /** Tags, territory name, venue and address. */
    static final String META = TextFields.META;
    static final List<String> TEXTS = TextFields.TEXTS;

    private EsFields() {
    }

    static String facet(Facet facet) {
        return switch (facet) {
            case KIND -> KIND;
            case COUNTRY -> COUNTRY;
            case TERRITORY -> TERRITORY;
            case CRAFT -> CRAFT;
            case DESIGNATION -> DESIGNATION;
            case ART_FORM -> ART_FORM;
            case TAG -> TAG_FACET;
        };
    }
}
