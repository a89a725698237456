package org.passerelle.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.passerelle.entry.EntryService;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.stereotype.Service;

/**
 * Public search over published entries, for the search endpoints and for other features (embeds,
 * feeds, promotions). Queries are checked against the configured limits here, once for every engine;
 * a query outside them is a 400 problem.
 */
@Service
public class SearchService {

    private final SearchEngine engine;
    private final SearchIndexer indexer;
    private final EntryService entries;
    private final TerritoryService territories;
    private final SearchProperties properties;

    SearchService(SearchEngine engine, SearchIndexer indexer, EntryService entries, TerritoryService territories,
            SearchProperties properties) {
        this.engine = engine;
        this.indexer = indexer;
        this.entries = entries;
        this.territories = territories;
        this.properties = properties;
    }

    /** One page of published entries matching {@code query}. */
    public SearchResult search(SearchQuery query) {
        check(query);
        return engine.search(query);
    }

    /** Completions of {@code prefix} (titles), in {@code lang} first when given. */
    public List<Suggestion> suggest(String prefix, Lang lang, int size) {
        if (size < 1 || size > properties.maxSuggestions()) {
            throw ApiProblem.badRequest("size must be between 1 and " + properties.maxSuggestions() + ".");
        }
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        if (prefix.length() > properties.maxQueryLength()) {
            throw ApiProblem.badRequest("q is longer than " + properties.maxQueryLength() + " characters.");
        }
        return engine.suggest(prefix, lang, size);
    }

    /** Published entries like this one, those of its territory's partners first; 404 if it is not published. */
    public List<SearchHit> related(String entryId, int size) {
        if (size < 1 || size > properties.maxRelated()) {
            throw ApiProblem.badRequest("size must be between 1 and " + properties.maxRelated() + ".");
        }
        var entry = entries.findPublished(entryId)
                .orElseThrow(() -> ApiProblem.notFound("No entry '" + entryId + "'."));
        Set<String> partners = new LinkedHashSet<>();
        territories.find(entry.territory()).map(Territory::partners).orElse(List.of())
                .forEach(partner -> partners.add(partner.territory()));
        return engine.related(entryId, partners, size);
    }

    /** Starts rebuilding the index from the store; searches keep answering meanwhile. */
    public void reindex() {
        indexer.rebuildInBackground();
    }

    private void check(SearchQuery query) {
        if (query.size() < 0 || query.size() > properties.maxPageSize()) {
            throw ApiProblem.badRequest("size must be between 0 and " + properties.maxPageSize() + ".");
        }
        if (query.page() < 1) {
            throw ApiProblem.badRequest("page must be 1 or more.");
        }
        if ((long) query.page() * Math.max(query.size(), 1) > properties.maxWindow()) {
            throw ApiProblem.badRequest("page × size may not exceed " + properties.maxWindow()
                    + "; walk further with the 'next' cursor.");
        }
        if (query.q() != null && query.q().length() > properties.maxQueryLength()) {
            throw ApiProblem.badRequest("q is longer than " + properties.maxQueryLength() + " characters.");
        }
        if (QuerySyntax.parse(query.q()).termCount() > properties.maxQueryTerms()) {
            throw ApiProblem.badRequest("q has more than " + properties.maxQueryTerms() + " words and phrases.");
        }
        if (query.sort() == SearchQuery.Sort.DISTANCE && query.near() == null) {
            throw ApiProblem.badRequest("sort=distance needs near=lat,lon.");
        }
        if (query.near() != null && !(query.radiusKm() > 0 && query.radiusKm() <= 20_100)) {
            throw ApiProblem.badRequest("radius must be a distance in km above 0 and at most 20100.");
        }
        if (query.cursor() != null) {
            SearchCursor.decode(query, query.cursor());
        }
    }
}
