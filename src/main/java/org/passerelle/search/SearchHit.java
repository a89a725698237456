package org.passerelle.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.SloppyMath;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.shared.GeoPoint;

/**
 * A published entry as listings show it. Texts are multilingual maps (language code → text).
 *
 * @param highlight   {@code title} and/or {@code text}: matched words wrapped in {@code <mark>}, the
 *                    rest HTML-escaped; empty without query text or without a match
 * @param distanceKm  distance from the query's {@code near} point, null when not asked or unknown
 */
public record SearchHit(String id, String territory, String slug, Kind kind, Map<String, String> title,
        Map<String, String> summary, GeoPoint location, String thumbnail, LocalDate startDate, LocalDate endDate,
        List<String> tags, Instant updatedAt, Instant publishedAt, Map<String, String> highlight, Double distanceKm) {

    /** The hit of an indexed entry, with its distance from {@code near} (to 10 m) when both are known. */
    public static SearchHit of(SearchDocument source, GeoPoint near, Map<String, String> highlight) {
        var entry = source.entry();
        var content = entry.content();
        Double distance = null;
        if (near != null && content.location() != null) {
            double meters = SloppyMath.haversinMeters(near.lat(), near.lon(), content.location().lat(),
                    content.location().lon());
            distance = Math.round(meters / 10.0) / 100.0;
        }
        return new SearchHit(entry.id(), entry.territory(), content.slug(), content.kind(), content.title(),
                content.summary(), content.location(), source.thumbnail(), content.startDate(), content.endDate(),
                content.tags(), entry.updatedAt(), entry.publishedAt(), highlight, distance);
    }
}
