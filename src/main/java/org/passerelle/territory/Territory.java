package org.passerelle.territory;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.passerelle.shared.GeoPoint;

/** A local government that publishes in Passerelle, with its partners (both directions). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Territory(String slug, Map<String, String> name, String country, String region, GeoPoint location,
        String website, List<Partner> partners, List<String> sources) {

    public Territory withPartners(List<Partner> partners) {
        return new Territory(slug, name, country, region, location, website, partners, sources);
    }

    /** A partnership seen from this territory. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Partner(String territory, Relation relation, Integer since) {
    }

    public enum Relation { twinning, cooperation, friendship }
}
