package org.passerelle.web;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.shared.Caller;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.territory.TerritoryService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/entries/{id}} with {@code Accept: application/ld+json}. The ETag hashes the
 * representation, as it also shows the territory, which changes apart from the entry's version.
 */
@RestController
class JsonLdController {

    private final EntryService entries;
    private final TerritoryService territories;
    private final JsonLd jsonLd;
    private final JsonMapper json;

    JsonLdController(EntryService entries, TerritoryService territories, JsonLd jsonLd, JsonMapper json) {
        this.entries = entries;
        this.territories = territories;
        this.jsonLd = jsonLd;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/entries/{id}", produces = JsonLd.MEDIA_TYPE)
    ResponseEntity<JsonNode> entry(Caller caller, @PathVariable String id, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Entry entry = entries.get(caller, id);
        JsonNode body = jsonLd.describe(entry, territories.find(entry.territory()).orElse(null), language);
        var cache = entry.isPublished() && !caller.isAuthenticated() ? Representations.PUBLIC
                : Representations.PRIVATE;
        ResponseEntity<JsonNode> response = Representations.conditional(request, body,
                Representations.contentEtag(json.writeValueAsBytes(body)), cache);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.parseMediaType(JsonLd.MEDIA_TYPE)).body(response.getBody());
    }
}
