package org.passerelle.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchQuery;
import org.passerelle.search.SearchService;
import org.passerelle.territory.Territory;
import org.springframework.stereotype.Component;

/**
 * Cross-promotion: the published entries of a territory's partners, best first. Upcoming (or
 * running) exhibitions and events come first, soonest first; then everything else, freshest first,
 * so that past events sink below current heritage sites and crafts.
 */
@Component
class Promotions {

    private static final Set<Kind> DATED = EnumSet.of(Kind.EXHIBITION, Kind.EVENT);

    private final SearchService search;

    Promotions(SearchService search) {
        this.search = search;
    }

    List<SearchHit> of(Territory territory, Kind kind, int size) {
        List<String> partners = territory.partners() == null ? List.of()
                : territory.partners().stream().map(Territory.Partner::territory).toList();
        if (partners.isEmpty()) {
            return List.of();
        }
        Set<Kind> kinds = kind == null ? EnumSet.allOf(Kind.class) : EnumSet.of(kind);
        Map<String, SearchHit> best = new LinkedHashMap<>();
        Set<Kind> dated = EnumSet.copyOf(kinds);
        dated.retainAll(DATED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (!dated.isEmpty()) {
            search(partners, dated, size, SearchQuery.builder().from(today).sort(SearchQuery.Sort.DATE))
                    .forEach(hit -> best.putIfAbsent(hit.id(), hit));
        }
        // then the freshest; events that are over go last, however recently they were edited
        List<SearchHit> rest = new ArrayList<>(search(partners, kinds, size + best.size(),
                SearchQuery.builder().sort(SearchQuery.Sort.UPDATED)));
        rest.removeIf(hit -> best.containsKey(hit.id()));
        rest.sort(Comparator.comparing((SearchHit hit) -> isOver(hit, today))
                .thenComparing(Comparator.comparing(
                        (SearchHit hit) -> hit.updatedAt() == null ? Instant.EPOCH : hit.updatedAt()).reversed()));
        rest.forEach(hit -> best.putIfAbsent(hit.id(), hit));
        return best.values().stream().limit(size).toList();
    }

    private static boolean isOver(SearchHit hit, LocalDate today) {
        LocalDate end = hit.endDate() != null ? hit.endDate() : hit.startDate();
        return end != null && end.isBefore(today);
    }

    private List<SearchHit> search(List<String> partners, Set<Kind> kinds, int size, SearchQuery.Builder query) {
        return search.search(query.territory(partners.toArray(String[]::new)).kind(kinds.toArray(Kind[]::new))
                .size(size).noFacets().build()).items();
    }
}
