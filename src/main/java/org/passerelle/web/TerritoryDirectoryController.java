package org.passerelle.web;

import java.util.List;
import java.util.Map;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.entry.EntryService;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public reads of territories. They live here rather than in the territory feature because they
 * count published entries, and entries already depend on territories.
 */
@RestController
class TerritoryDirectoryController {

    private final TerritoryService territories;
    private final EntryService entries;
    private final JsonMapper json;

    TerritoryDirectoryController(TerritoryService territories, EntryService entries, JsonMapper json) {
        this.territories = territories;
        this.entries = entries;
        this.json = json;
    }

    @GetMapping("/api/v1/territories")
    ResponseEntity<JsonNode> list(@RequestParam(required = false) String lang, WebRequest request) {
        Lang language = Representations.lang(lang);
        Map<String, Map<Kind, Long>> counts = entries.publishedCounts();
        ObjectNode body = json.createObjectNode();
        if (language != null) {
            body.put("lang", language.name());
        }
        ArrayNode items = body.putArray("items");
        for (Territory territory : territories.all()) {
            items.add(view(territory, counts.getOrDefault(territory.slug(), Map.of()), language, null));
        }
        body.put("total", items.size());
        return PublicReads.json(request, body, json);
    }

    @GetMapping("/api/v1/territories/{slug}")
    ResponseEntity<JsonNode> one(@PathVariable String slug, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Territory territory = territories.find(slug)
                .orElseThrow(() -> ApiProblem.notFound("No territory '" + slug + "'."));
        Map<String, Map<Kind, Long>> counts = entries.publishedCounts();
        ObjectNode body = view(territory, counts.getOrDefault(slug, Map.of()), language, counts);
        if (language != null) {
            body.put("lang", language.name());
        }
        return PublicReads.json(request, body, json);
    }

    /** A territory with its counts; {@code partnerCounts} also describes each partner (name, counts). */
    private ObjectNode view(Territory territory, Map<Kind, Long> counts, Lang lang,
            Map<String, Map<Kind, Long>> partnerCounts) {
        ObjectNode node = json.valueToTree(territory);
        if (lang != null) {
            Representations.localize(node, lang, "name");
        }
        node.set("entryCounts", counts(counts));
        if (partnerCounts != null && node.get("partners") instanceof ArrayNode partners) {
            List<Territory.Partner> declared = territory.partners();
            for (int i = 0; i < declared.size(); i++) {
                ObjectNode partner = (ObjectNode) partners.get(i);
                String other = declared.get(i).territory();
                territories.find(other).ifPresent(t -> {
                    partner.set("name", json.valueToTree(t.name()));
                    partner.put("country", t.country());
                    if (lang != null) {
                        Representations.localize(partner, lang, "name").remove("languages");
                    }
                });
                partner.set("entryCounts", counts(partnerCounts.getOrDefault(other, Map.of())));
            }
        }
        return node;
    }

    private ObjectNode counts(Map<Kind, Long> counts) {
        ObjectNode node = json.createObjectNode();
        long total = 0;
        for (Kind kind : Kind.values()) {
            long n = counts.getOrDefault(kind, 0L);
            node.put(kind.code(), n);
            total += n;
        }
        node.put("total", total);
        return node;
    }
}
