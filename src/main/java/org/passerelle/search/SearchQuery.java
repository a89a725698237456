package org.passerelle.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.passerelle.entry.Codes.ArtForm;
import org.passerelle.entry.Codes.Craft;
import org.passerelle.entry.Codes.Designation;
import org.passerelle.entry.Codes.Kind;
import org.passerelle.shared.GeoPoint;
import org.passerelle.shared.Lang;

/**
 * One search, engine-neutral: the parameters of {@code GET /api/v1/entries}. Within a filter the
 * values are alternatives (OR); different filters all apply (AND). Empty lists mean "no filter".
 * Build one with {@link #builder()}.
 *
 * @param q          the user's query in the syntax of the API (words, "phrases", -excluded, OR); null for none
 * @param kinds      entry kinds
 * @param territories territory slugs
 * @param countries  ISO 3166-1 alpha-2 codes, upper case
 * @param crafts     crafts
 * @param designations heritage designations
 * @param artForms   art forms
 * @param tags       tags (matched case-insensitively)
 * @param training   craft entries that take trainees (true) or not (false); null for no filter
 * @param from       exhibitions and events ending on or after this day; null for no bound
 * @param to         exhibitions and events starting on or before this day; null for no bound
 * @param near       centre of a distance filter (and of the distance sort); null for none
 * @param radiusKm   radius of the distance filter, in km (used when {@code near} is set)
 * @param bbox       bounding box filter; null for none
 * @param lang       language of the representation (title sort and highlights prefer it); null for all
 * @param sort       order of the hits
 * @param size       hits per page (0 returns only the total and facets)
 * @param page       page number from 1 (ignored when a cursor is given)
 * @param cursor     opaque cursor from a previous {@link SearchResult#next()}; null for the first page
 * @param facets     facets to count
 */
public record SearchQuery(String q, List<Kind> kinds, List<String> territories, List<String> countries,
        List<Craft> crafts, List<Designation> designations, List<ArtForm> artForms, List<String> tags,
        Boolean training, LocalDate from, LocalDate to, GeoPoint near, double radiusKm, BoundingBox bbox, Lang lang,
        Sort sort, int size, int page, String cursor, Set<Facet> facets) {

    public static final int DEFAULT_SIZE = 20;
    public static final double DEFAULT_RADIUS_KM = 10;

    public SearchQuery {
        kinds = List.copyOf(kinds);
        territories = List.copyOf(territories);
        countries = List.copyOf(countries);
        crafts = List.copyOf(crafts);
        designations = List.copyOf(designations);
        artForms = List.copyOf(artForms);
        tags = List.copyOf(tags);
        facets = facets.isEmpty() ? EnumSet.noneOf(Facet.class) : EnumSet.copyOf(facets);
        if (sort == null) {
            sort = hasText(q) ? Sort.RELEVANCE : Sort.UPDATED;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean hasQueryText() {
        return hasText(q);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.q = q;
        b.kinds.addAll(kinds);
        b.territories.addAll(territories);
        b.countries.addAll(countries);
        b.crafts.addAll(crafts);
        b.designations.addAll(designations);
        b.artForms.addAll(artForms);
        b.tags.addAll(tags);
        b.training = training;
        b.from = from;
        b.to = to;
        b.near = near;
        b.radiusKm = radiusKm;
        b.bbox = bbox;
        b.lang = lang;
        b.sort = sort;
        b.size = size;
        b.page = page;
        b.cursor = cursor;
        b.facets = EnumSet.copyOf(facets.isEmpty() ? EnumSet.noneOf(Facet.class) : facets);
        return b;
    }

    /**
     * What a cursor is bound to: everything that decides which hits come in which order. A cursor
     * presented with another query is refused rather than silently skipping or repeating hits.
     */
    public String fingerprint() {
        return String.join("|", String.valueOf(q), kinds.toString(), territories.toString(), countries.toString(),
                crafts.toString(), designations.toString(), artForms.toString(), tags.toString(),
                String.valueOf(training), String.valueOf(from), String.valueOf(to), String.valueOf(near),
                near == null ? "" : Double.toString(radiusKm), String.valueOf(bbox), String.valueOf(lang),
                sort.name());
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    /** The orders of {@code sort=}. */
    public enum Sort {
        /** Best match first (the default with {@code q}). */
        RELEVANCE("relevance"),
        /** Most recently updated first (the default without {@code q}). */
        UPDATED("updated"),
        /** Exhibitions and events by start date, soonest first; undated entries last. */
        DATE("date"),
        /** Nearest to {@code near} first; needs {@code near}. */
        DISTANCE("distance"),
        /** Alphabetical by title in {@code lang} (with the API's fallback; English order without lang). */
        TITLE("title");

        private final String code;

        Sort(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Sort of(String code) {
            for (Sort sort : values()) {
                if (sort.code.equals(code)) {
                    return sort;
                }
            }
            return null;
        }
    }

    /** A bounding box in decimal degrees; {@code minLon > maxLon} crosses the antimeridian. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
    }

    /** Fluent construction for callers that set a few parameters only. */
    public static final class Builder {
        private String q;
        private final List<Kind> kinds = new ArrayList<>();
        private final List<String> territories = new ArrayList<>();
        private final List<String> countries = new ArrayList<>();
        private final List<Craft> crafts = new ArrayList<>();
        private final List<Designation> designations = new ArrayList<>();
        private final List<ArtForm> artForms = new ArrayList<>();
        private final List<String> tags = new ArrayList<>();
        private Boolean training;
        private LocalDate from;
        private LocalDate to;
        private GeoPoint near;
        private double radiusKm = DEFAULT_RADIUS_KM;
        private BoundingBox bbox;
        private Lang lang;
        private Sort sort;
        private int size = DEFAULT_SIZE;
        private int page = 1;
        private String cursor;
        private Set<Facet> facets = EnumSet.allOf(Facet.class);

        private Builder() {
        }

        public Builder q(String q) { this.q = q; return this; }
        public Builder kind(Kind... values) { kinds.addAll(List.of(values)); return this; }
        public Builder territory(String... values) { territories.addAll(List.of(values)); return this; }
        public Builder country(String... values) { countries.addAll(List.of(values)); return this; }
        public Builder craft(Craft... values) { crafts.addAll(List.of(values)); return this; }
        public Builder designation(Designation... values) { designations.addAll(List.of(values)); return this; }
        public Builder artForm(ArtForm... values) { artForms.addAll(List.of(values)); return this; }
        public Builder tag(String... values) { tags.addAll(List.of(values)); return this; }
        public Builder training(Boolean value) { this.training = value; return this; }
        public Builder from(LocalDate value) { this.from = value; return this; }
        public Builder to(LocalDate value) { this.to = value; return this; }
        public Builder near(GeoPoint value, double radiusKm) { this.near = value; this.radiusKm = radiusKm; return this; }
        public Builder near(GeoPoint value) { this.near = value; return this; }
        public Builder bbox(BoundingBox value) { this.bbox = value; return this; }
        public Builder lang(Lang value) { this.lang = value; return this; }
        public Builder sort(Sort value) { this.sort = value; return this; }
        public Builder size(int value) { this.size = value; return this; }
        public Builder page(int value) { this.page = value; return this; }
        public Builder cursor(String value) { this.cursor = value; return this; }
        public Builder facets(Set<Facet> value) { this.facets = EnumSet.noneOf(Facet.class); this.facets.addAll(value); return this; }
        public Builder noFacets() { this.facets = EnumSet.noneOf(Facet.class); return this; }

        public SearchQuery build() {
            return new SearchQuery(q, kinds, territories, countries, crafts, designations, artForms, tags, training,
                    from, to, near, radiusKm, bbox, lang, sort, size, page, cursor, facets);
        }
    }
}
