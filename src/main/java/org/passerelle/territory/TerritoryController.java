package org.passerelle.territory;

import java.net.URI;
import java.util.List;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Caller;
import org.passerelle.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The admin's side of territories; the public reads are served by the web feature, with entry counts. */
@RestController
@RequestMapping("/api/v1/territories")
class TerritoryController {

    private final TerritoryService territories;
    private final TextLimits limits;

    TerritoryController(TerritoryService territories, TextLimits limits) {
        this.territories = territories;
        this.limits = limits;
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
