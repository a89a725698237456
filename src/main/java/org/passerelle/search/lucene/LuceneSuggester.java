package org.passerelle.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SuggestQuery;
import org.passerelle.search.Suggestion;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

/** Completions as you type ({@link SuggestQuery}), as Lucene queries on the title fields. */
final class LuceneSuggester {

    private static final SuggestQuery.Builder<Query> QUERIES = new SuggestQuery.Builder<>() {

        @Override
        public Query prefix(String field, String value, float boost) {
            Query prefix = new PrefixQuery(new Term(field, value));
            return boost == 1f ? prefix : new BoostQuery(prefix, boost);
        }

        @Override
        public Query term(String field, String value) {
            return new TermQuery(new Term(field, value));
        }

        @Override
        public Query all(List<Query> clauses) {
            return LuceneQueries.bool(clauses, Occur.MUST);
        }

        @Override
        public Query any(List<Query> clauses) {
            return LuceneQueries.bool(clauses, Occur.SHOULD);
        }
    };

    private final Analyzers analyzers;
    private final LuceneSources sources;

    LuceneSuggester(Analyzers analyzers, LuceneSources sources) {
        this.analyzers = analyzers;
        this.sources = sources;
    }

    List<Suggestion> suggest(IndexSearcher searcher, String prefix, Lang lang, int size) throws IOException {
        return SuggestQuery.suggest(prefix, lang, size, analyzers.prefix(Lang.fr), analyzers.prefix(Lang.ja),
                QUERIES, (query, l, n) -> {
                    Sort sort = new Sort(SortField.FIELD_SCORE,
                            new SortField(TextFields.titleSort(l), SortField.Type.STRING));
                    var stored = searcher.storedFields();
                    List<SearchDocument> top = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query, n, sort).scoreDocs) {
                        top.add(sources.source(stored.document(hit.doc, Set.of(IndexFields.SOURCE))));
                    }
                    return top;
                });
    }
}
