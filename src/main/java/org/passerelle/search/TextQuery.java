package org.passerelle.search;

import java.util.ArrayList;
import java.util.List;

import org.passerelle.shared.Lang;

/**
 * The shape of the text part of a search, written once for every engine (each engine only says how
 * to express each piece), so that a query scores alike on all of them:
 * <ul>
 * <li>every group of the query ({@link QuerySyntax}) must match, an {@code OR} group by any of its
 * terms, and no excluded term may;</li>
 * <li>one word or phrase matches in any text field of any language, weighed by
 * {@link TextFields#boost}: its best field counts, plus a little of the others (a word in the title
 * and the summary beats one in the title alone).</li>
 * </ul>
 */
public final class TextQuery {

    /** How one engine expresses each piece; {@code Q} is its query type. */
    public interface Builder<Q> {

        /** One word or phrase in one field; null when the language's analysis keeps no token of it. */
        Q field(String field, Lang lang, QuerySyntax.Term term, float boost);

        /** Any of the clauses, their scores added up. */
        Q sum(List<Q> clauses);

        /** Any of the clauses, scored by the best of them plus {@code tieBreaker} times the others. */
        Q best(List<Q> clauses, float tieBreaker);

        /** Every required clause, none of the excluded ones; scores of the required ones add up. */
        Q all(List<Q> required, List<Q> excluded);

        Q everything();

        Q nothing();
    }

    /** How much the fields other than the best one count. */
    public static final float TIE_BREAKER = 0.1f;

    private TextQuery() {
    }

    /** The text part of a search; null when there is no text (everything matches). */
    public static <Q> Q build(String q, Builder<Q> builder) {
        if (q == null || q.isBlank()) {
            return null;
        }
        QuerySyntax.Parsed parsed = QuerySyntax.parse(q);
        List<Q> required = new ArrayList<>();
        for (List<QuerySyntax.Term> group : parsed.groups()) {
            List<Q> alternatives = new ArrayList<>();
            for (QuerySyntax.Term term : group) {
                Q clause = term(term, builder);
                if (clause != null) {
                    alternatives.add(clause);
                }
            }
            if (alternatives.size() == 1) {
                required.add(alternatives.get(0));
            } else if (!alternatives.isEmpty()) {
                required.add(builder.sum(alternatives));
            }
        }
        List<Q> excluded = new ArrayList<>();
        for (QuerySyntax.Term term : parsed.excluded()) {
            Q clause = term(term, builder);
            if (clause != null) {
                excluded.add(clause);
            }
        }
        if (required.isEmpty()) {
            if (!parsed.groups().isEmpty()) {
                // only words that analyse to nothing (punctuation, stopwords): nothing can match them
                return builder.nothing();
            }
            required.add(builder.everything());
        }
        return builder.all(required, excluded);
    }

    /**
     * One word or phrase in every text field of every language, scored by its best field plus a little
     * ({@link #TIE_BREAKER}) of the others; null when no language keeps a token of it.
     */
    public static <Q> Q term(QuerySyntax.Term term, Builder<Q> builder) {
        List<Q> fields = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (String base : TextFields.TEXTS) {
                Q clause = builder.field(TextFields.text(base, lang), lang, term, TextFields.boost(base));
                if (clause != null) {
                    fields.add(clause);
                }
            }
        }
        return fields.isEmpty() ? null : builder.best(fields, TIE_BREAKER);
    }
}
