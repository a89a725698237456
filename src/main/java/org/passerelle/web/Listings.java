package org.passerelle.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchService;
import org.passerelle.shared.FieldReader;
import org.passerelle.shared.Lang;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Listings of published entries for pages, embeds and oEmbed, found by the search port. */
@Component
class Listings {

    private static final int MAX_QUERY = 200;

    private final TerritoryService territories;
    private final SearchService search;
    private final Cards cards;

    Listings(TerritoryService territories, SearchService search, Cards cards) {
        this.territories = territories;
        this.search = search;
        this.cards = cards;
    }

    /** The listing's cards, best first as search orders them (relevance with q, else freshest). */
    List<Card> cards(Request request) {
        SearchQuery.Builder query = SearchQuery.builder().q(request.q()).lang(request.lang()).size(request.size())
                .noFacets();
        if (request.territory() != null) {
            query.territory(request.territory());
        }
        if (request.kind() != null) {
            query.kind(request.kind());
        }
        List<Card> result = new ArrayList<>();
        for (SearchHit hit : search.search(query.build()).items()) {
            // the index may lag behind an unpublication by a moment: the store has the last word
            cards.published(hit.id(), request.lang()).ifPresent(result::add);
        }
        return result;
    }

    /**
     * What a listing shows. Parameters come from partner pages' markup, so they are lenient: an
     * unknown kind or language is ignored and the size is clamped instead of failing the page.
     */
    record Request(String territory, Kind kind, String q, Lang lang, int size) {

        static Request from(MultiValueMap<String, String> params, WebProperties properties) {
            String territory = params.getFirst("territory");
            String q = params.getFirst("q");
            return new Request(FieldReader.isSlug(territory) ? territory : null,
                    Kind.of(Optional.ofNullable(params.getFirst("kind")).orElse("")),
                    q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_QUERY)),
                    Lang.parse(params.getFirst("lang")).orElse(null),
                    Params.clampedSize(params.getFirst("size"), properties.listingSize(), properties.maxListingSize()));
        }

        /** The canonical query string of this listing (for links and iframe URLs). */
        String query() {
            UriComponentsBuilder b = UriComponentsBuilder.newInstance();
            Optional.ofNullable(territory).ifPresent(t -> b.queryParam("territory", t));
            Optional.ofNullable(kind).ifPresent(k -> b.queryParam("kind", k.code()));
            Optional.ofNullable(q).ifPresent(v -> b.queryParam("q", PublicUrls.encode(v)));
            Optional.ofNullable(lang).ifPresent(l -> b.queryParam("lang", l.name()));
            b.queryParam("size", size);
            return b.build(true).getQuery();
        }
    }

    String title(Request request) {
        Lang lang = request.lang() == null ? Lang.en : request.lang();
        Map<String, String> labels = Cards.labels(lang);
        StringBuilder title = new StringBuilder("Passerelle");
        if (request.territory() != null) {
            territories.find(request.territory()).map(Territory::name).map(lang::pick)
                    .ifPresent(name -> title.append(" — ").append(name));
        }
        if (request.kind() != null) {
            title.append(" — ").append(labels.get(request.kind().code()));
        }
        if (request.q() != null) {
            title.append(" — “").append(request.q()).append("”");
        }
        return title.toString();
    }
}
