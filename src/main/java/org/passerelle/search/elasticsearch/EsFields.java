package org.passerelle.search.elasticsearch;

import org.passerelle.search.Facet;
import org.passerelle.search.IndexFields;

/**
 * What the Elasticsearch index (mapping: {@code search/elasticsearch-entries.json}) has beyond the
 * engines' shared names ({@link IndexFields}, {@code TextFields}, {@code SuggestQuery}): the tag facet
 * field, and which field each facet counts.
 */
final class EsFields {

    /** Tags as written, for the facet (the filter field {@link IndexFields#TAG} is lower-cased). */
    static final String TAG_FACET = "tag_facet";

    private EsFields() {
    }

    static String facet(Facet facet) {
        return switch (facet) {
            case KIND -> IndexFields.KIND;
            case COUNTRY -> IndexFields.COUNTRY;
            case TERRITORY -> IndexFields.TERRITORY;
            case CRAFT -> IndexFields.CRAFT;
            case DESIGNATION -> IndexFields.DESIGNATION;
            case ART_FORM -> IndexFields.ART_FORM;
            case TAG -> TAG_FACET;
        };
    }
}
