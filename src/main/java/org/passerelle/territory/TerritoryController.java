package org.passerelle.territory;

import java.net.URI;
import java.util.List;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/territories")
class TerritoryController {

    private final TerritoryService territories;
    private final TextLimits limits;
    private final JsonMapper json;

    TerritoryController(TerritoryService territories, TextLimits limits, JsonMapper json) {
        this.territories = territories;
        this.limits = limits;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<JsonNode> list(@RequestParam(required = false) String lang, WebRequest request) {
        Lang language = Representations.lang(lang);
        ObjectNode body = json.createObjectNode();
        if (language != null) {
            body.put("lang", language.name());
        }
        ArrayNode items = body.putArray("items");
        for (Territory territory : territories.all()) {
            items.add(view(territory, language));
        }
        body.put("total", items.size());
        return Representations.conditional(request, body, Representations.contentEtag(json.writeValueAsBytes(body)),
                Representations.PUBLIC);
    }

    @GetMapping("/{slug}")
    ResponseEntity<JsonNode> one(@PathVariable String slug, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Territory territory = territories.find(slug)
                .orElseThrow(() -> ApiProblem.notFound("No territory '" + slug + "'."));
        ObjectNode body = view(territory, language);
        if (language != null) {
            body.put("lang", language.name());
        }
        return Representations.conditional(request, body, Representations.contentEtag(json.writeValueAsBytes(body)),
                Representations.PUBLIC);
    }

    private ObjectNode view(Territory territory, Lang lang) {
        ObjectNode node = json.valueToTree(territory);
        return lang == null ? node : Representations.localize(node, lang, "name");
    }

    @PostMapping
    ResponseEntity<Territory> create(Caller caller, @RequestBody JsonNode body) {
        caller.requireAdmin();
        Territory created = territories.create(caller, TerritoryForm.read(body, limits));
        return ResponseEntity.created(URI.create("/api/v1/territories/" + created.slug())).body(created);
    }

    @PutMapping("/{slug}")
    Territory replace(Caller caller, @PathVariable String slug, @RequestBody JsonNode body) {
        caller.requireAdmin();
        if (body != null && body.isObject() && !body.has("slug")) {
            ((ObjectNode) body).put("slug", slug);
        }
        Territory territory = TerritoryForm.read(body, limits);
        if (!territory.slug().equals(slug)) {
            throw ApiProblem.invalid("slug", "must match the territory in the path ('" + slug + "')");
        }
        return territories.replace(caller, territory);
    }

    @PutMapping("/{slug}/partners")
    Territory replacePartners(Caller caller, @PathVariable String slug, @RequestBody JsonNode body) {
        caller.requireAdmin();
        List<Territory.Partner> partners = TerritoryForm.readPartners(body, slug);
        return territories.replacePartners(caller, slug, partners);
    }
}
