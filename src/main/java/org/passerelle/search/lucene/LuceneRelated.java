package org.passerelle.search.lucene;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.passerelle.entry.EntryContent;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

/**
 * Related entries: more-like-this over the entry's texts in each language, nudged by shared kind,
 * craft and tags; entries of the partner territories come first, then the others.
 */
final class LuceneRelated {

    private static final int MAX_QUERY_TERMS = 25;
    private static final float SHARED_KEYWORD = 0.5f;

    private final Analyzers analyzers;
    private final LuceneSources sources;

    LuceneRelated(Analyzers analyzers, LuceneSources sources) {
        this.analyzers = analyzers;
        this.sources = sources;
    }

    List<SearchHit> related(IndexSearcher index, String entryId, Set<String> partners, int size) throws IOException {
        TopDocs self = index.search(new TermQuery(new Term(IndexFields.ID, entryId)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        var stored = index.storedFields();
        SearchDocument source = sources.source(stored.document(self.scoreDocs[0].doc, Set.of(IndexFields.SOURCE)));
        Query like = like(index, source);
        List<SearchHit> hits = new ArrayList<>();
        if (!partners.isEmpty()) {
            collect(index, restricted(like, entryId, partners, true), size, hits);
        }
        if (hits.size() < size) {
            collect(index, restricted(like, entryId, partners, false), size - hits.size(), hits);
        }
        return hits;
    }

    private Query like(IndexSearcher index, SearchDocument source) throws IOException {
        EntryContent content = source.entry().content();
        BooleanQuery.Builder like = new BooleanQuery.Builder();
        for (Lang lang : Lang.values()) {
            MoreLikeThis mlt = new MoreLikeThis(index.getIndexReader());
            mlt.setAnalyzer(analyzers.of(lang));
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
            addLike(like, mlt, TextFields.text(TextFields.TITLE, lang), LuceneDocuments.get(content.title(), lang));
            addLike(like, mlt, TextFields.text(TextFields.SUMMARY, lang), LuceneDocuments.get(content.summary(), lang));
            addLike(like, mlt, TextFields.text(TextFields.DESCRIPTION, lang),
                    LuceneDocuments.get(content.description(), lang));
        }
        keyword(like, IndexFields.KIND, content.kind().code());
        keyword(like, IndexFields.CRAFT, content.craft() == null ? null : content.craft().code());
        if (content.tags() != null) {
            content.tags().forEach(tag -> keyword(like, IndexFields.TAG, tag.toLowerCase(java.util.Locale.ROOT)));
        }
        return like.build();
    }

    private static void addLike(BooleanQuery.Builder like, MoreLikeThis mlt, String field, String text)
            throws IOException {
        if (text == null || text.isBlank()) {
            return;
        }
        mlt.setFieldNames(new String[] {field});
        Query query = mlt.like(field, new StringReader(text));
        like.add(new BoostQuery(query, TextFields.boost(field.substring(0, field.lastIndexOf('_')))), Occur.SHOULD);
    }

    private static void keyword(BooleanQuery.Builder like, String field, String value) {
        if (value != null && !value.isBlank()) {
            like.add(new BoostQuery(new TermQuery(new Term(field, value)), SHARED_KEYWORD), Occur.SHOULD);
        }
    }

    private static Query restricted(Query like, String self, Set<String> partners, boolean inPartners) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.ID, self)), Occur.MUST_NOT);
        BooleanQuery.Builder territories = new BooleanQuery.Builder();
        partners.forEach(p -> territories.add(new TermQuery(new Term(IndexFields.TERRITORY, p)), Occur.SHOULD));
        if (inPartners) {
            query.add(territories.build(), Occur.FILTER);
        } else if (!partners.isEmpty()) {
            query.add(territories.build(), Occur.MUST_NOT);
        }
        return query.build();
    }

    private void collect(IndexSearcher index, Query query, int size, List<SearchHit> into) throws IOException {
        var stored = index.storedFields();
        SearchQuery plain = SearchQuery.builder().noFacets().build();
        for (ScoreDoc hit : index.search(query, size).scoreDocs) {
            into.add(LuceneSearcher.hit(sources.source(stored.document(hit.doc, Set.of(IndexFields.SOURCE))), plain, Map.of()));
        }
    }

}
