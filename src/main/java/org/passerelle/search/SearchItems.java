package org.passerelle.search;

import java.util.List;

import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON and GeoJSON renderings of search results, localised with {@code ?lang=} like single entries. */
@Component
public class SearchItems {

    private final JsonMapper json;

    SearchItems(JsonMapper json) {
        this.json = json;
    }

    /** One listing item: the fields listings show, multilingual unless {@code lang} is given. */
    public ObjectNode item(SearchHit hit, Lang lang) {
        ObjectNode item = json.createObjectNode();
        item.put("id", hit.id());
        item.put("territory", hit.territory());
        item.put("slug", hit.slug());
        item.put("kind", hit.kind().code());
        item.set("title", json.valueToTree(hit.title()));
        if (hit.summary() != null && !hit.summary().isEmpty()) {
            item.set("summary", json.valueToTree(hit.summary()));
        }
        if (hit.location() != null) {
            item.set("location", json.valueToTree(hit.location()));
        }
        item.put("thumbnail", hit.thumbnail());
        if (hit.startDate() != null) {
            item.put("startDate", hit.startDate().toString());
        }
        if (hit.endDate() != null) {
            item.put("endDate", hit.endDate().toString());
        }
        if (hit.tags() != null && !hit.tags().isEmpty()) {
            item.set("tags", json.valueToTree(hit.tags()));
        }
        item.put("updatedAt", hit.updatedAt() == null ? null : hit.updatedAt().toString());
        item.put("publishedAt", hit.publishedAt() == null ? null : hit.publishedAt().toString());
        if (hit.distanceKm() != null) {
            item.put("distanceKm", hit.distanceKm());
        }
        if (!hit.highlight().isEmpty()) {
            item.set("highlight", json.valueToTree(hit.highlight()));
        }
        if (lang != null) {
            Representations.localize(item, lang, "title", "summary");
        }
        return item;
    }

    public ObjectNode result(SearchResult result, Lang lang) {
        ObjectNode body = json.createObjectNode();
        body.put("total", result.total());
        ArrayNode items = body.putArray("items");
        result.items().forEach(hit -> items.add(item(hit, lang)));
        ObjectNode facets = body.putObject("facets");
        for (Facet facet : Facet.values()) {
            List<SearchResult.FacetCount> counts = result.facets().get(facet);
            if (counts != null) {
                ArrayNode values = facets.putArray(facet.code());
                counts.forEach(c -> values.addObject().put("value", c.value()).put("count", c.count()));
            }
        }
        body.put("next", result.next());
        if (lang != null) {
            body.put("lang", lang.name());
        }
        return body;
    }

    /** A GeoJSON FeatureCollection of the same page; items without a location have a null geometry. */
    public ObjectNode geoJson(SearchResult result, Lang lang) {
        ObjectNode body = json.createObjectNode();
        body.put("type", "FeatureCollection");
        ArrayNode features = body.putArray("features");
        for (SearchHit hit : result.items()) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", hit.id());
            if (hit.location() == null) {
                feature.putNull("geometry");
            } else {
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(hit.location().lon()).add(hit.location().lat());
            }
            ObjectNode properties = item(hit, lang);
            properties.remove("location");
            feature.set("properties", properties);
        }
        body.put("total", result.total());
        body.put("next", result.next());
        if (lang != null) {
            body.put("lang", lang.name());
        }
        return body;
    }

    public ArrayNode suggestions(List<Suggestion> suggestions) {
        ArrayNode array = json.createArrayNode();
        suggestions.forEach(s -> array.addObject().put("text", s.text()).put("entryId", s.entryId()));
        return array;
    }

}
