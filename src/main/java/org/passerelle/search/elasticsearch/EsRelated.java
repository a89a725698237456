package org.passerelle.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.passerelle.entry.EntryContent;
import org.passerelle.search.IndexFields;
import org.passerelle.search.SearchDocument;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.TextFields;
import org.passerelle.shared.Lang;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/**
 * Related entries as the embedded engine finds them: more-like-this over the entry's texts in each
 * language, nudged by shared kind, craft and tags; entries of partner territories first, then the others.
 */
final class EsRelated {

    private static final int MAX_QUERY_TERMS = 25;
    private static final float SHARED_KEYWORD = 0.5f;

    private final ElasticsearchClient client;
    private final EsHits hits;

    EsRelated(ElasticsearchClient client, EsHits hits) {
        this.client = client;
        this.hits = hits;
    }

    List<SearchHit> related(String index, String entryId, Set<String> partners, int size) throws IOException {
        var self = client.search(r -> r.index(index).size(1)
                .query(q -> q.term(t -> t.field(IndexFields.ID).value(entryId)))
                .source(s -> s.filter(f -> f.includes(IndexFields.SOURCE))), JsonData.class);
        if (self.hits().hits().isEmpty()) {
            return List.of();
        }
        SearchDocument source = hits.source(self.hits().hits().get(0));
        List<Query> like = like(source);
        List<SearchHit> found = new ArrayList<>();
        if (!partners.isEmpty()) {
            collect(index, restricted(like, entryId, partners, true), size, found);
        }
        if (found.size() < size) {
            collect(index, restricted(like, entryId, partners, false), size - found.size(), found);
        }
        return found;
    }

    private static List<Query> like(SearchDocument source) {
        EntryContent content = source.entry().content();
        List<Query> like = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            addLike(like, TextFields.TITLE, lang, EsDocuments.get(content.title(), lang));
            addLike(like, TextFields.SUMMARY, lang, EsDocuments.get(content.summary(), lang));
            addLike(like, TextFields.DESCRIPTION, lang, EsDocuments.get(content.description(), lang));
        }
        keyword(like, IndexFields.KIND, content.kind().code());
        keyword(like, IndexFields.CRAFT, content.craft() == null ? null : content.craft().code());
        if (content.tags() != null) {
            content.tags().forEach(tag -> keyword(like, IndexFields.TAG, tag.toLowerCase(Locale.ROOT)));
        }
        return like;
    }

    private static void addLike(List<Query> like, String base, Lang lang, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String field = TextFields.text(base, lang);
        like.add(Query.of(q -> q.moreLikeThis(m -> m.fields(field).like(l -> l.text(text)).minTermFreq(1)
                .minDocFreq(1).maxQueryTerms(MAX_QUERY_TERMS).minimumShouldMatch("1")
                .boost(TextFields.boost(base)))));
    }

    private static void keyword(List<Query> like, String field, String value) {
        if (value != null && !value.isBlank()) {
            like.add(Query.of(q -> q.term(t -> t.field(field).value(value).boost(SHARED_KEYWORD))));
        }
    }

    private static Query restricted(List<Query> like, String self, Set<String> partners, boolean inPartners) {
        List<FieldValue> territories = partners.stream().map(FieldValue::of).toList();
        Query partnerQuery = Query.of(q -> q.terms(t -> t.field(IndexFields.TERRITORY).terms(v -> v.value(territories))));
        return Query.of(q -> q.bool(b -> {
            b.must(m -> m.bool(any -> any.should(like)))
                    .mustNot(n -> n.term(t -> t.field(IndexFields.ID).value(self)));
            if (inPartners) {
                b.filter(partnerQuery);
            } else if (!partners.isEmpty()) {
                b.mustNot(partnerQuery);
            }
            return b;
        }));
    }

    private void collect(String index, Query query, int size, List<SearchHit> into) throws IOException {
        SearchQuery plain = SearchQuery.builder().noFacets().build();
        var response = client.search(r -> r.index(index).query(query).size(size)
                .source(s -> s.filter(f -> f.includes(IndexFields.SOURCE))), JsonData.class);
        for (Hit<JsonData> hit : response.hits().hits()) {
            into.add(hits.hit(hit, plain));
        }
    }
}
