package org.passerelle.web;

import java.util.List;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.search.SearchHit;
import org.passerelle.search.SearchItems;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code GET /api/v1/territories/{slug}/promotions}: what a territory's site shows of its partners. */
@RestController
class PromotionsController {

    private final TerritoryService territories;
    private final Promotions promotions;
    private final SearchItems items;
    private final WebProperties properties;
    private final JsonMapper json;

    PromotionsController(TerritoryService territories, Promotions promotions, SearchItems items,
            WebProperties properties, JsonMapper json) {
        this.territories = territories;
        this.promotions = promotions;
        this.items = items;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/api/v1/territories/{slug}/promotions")
    ResponseEntity<JsonNode> promotions(@PathVariable String slug, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String size,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Kind kindCode = Params.kind(kind);
        int count = Params.size(size, properties.listingSize(), properties.maxListingSize());
        Territory territory = territories.find(slug)
                .orElseThrow(() -> ApiProblem.notFound("No territory '" + slug + "'."));
        List<SearchHit> hits = promotions.of(territory, kindCode, count);
        ObjectNode body = json.createObjectNode();
        body.put("territory", slug);
        var partners = body.putArray("partners");
        territory.partners().forEach(p -> partners.add(p.territory()));
        var array = body.putArray("items");
        hits.forEach(hit -> array.add(items.item(hit, language)));
        body.put("total", array.size());
        if (language != null) {
            body.put("lang", language.name());
        }
        return PublicReads.json(request, body, json);
    }
}
