package org.passerelle.search;

/**
 * Names of the index fields other than the analysed texts ({@link TextFields}) and the suggestion fields
 * ({@link SuggestQuery}): one schema for every engine (the Elasticsearch mapping,
 * {@code search/elasticsearch-entries.json}, uses the same names).
 */
public final class IndexFields {

    public static final String ID = "id";
    /** The indexed entry as JSON, stored whole: hits are read from it. */
    public static final String SOURCE = "source";
    public static final String TERRITORY = "territory";
    public static final String COUNTRY = "country";
    public static final String KIND = "kind";
    public static final String CRAFT = "craft";
    public static final String DESIGNATION = "designation";
    public static final String ART_FORM = "artForm";
    /** Tags lower-cased, for filters. */
    public static final String TAG = "tag";
    public static final String TRAINING = "training";
    /** First and last day of an exhibition or event (epoch days). */
    public static final String START = "start";
    public static final String END = "end";
    public static final String LOCATION = "location";
    public static final String UPDATED = "updated";

    private IndexFields() {
    }
}
