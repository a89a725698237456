package org.passerelle.search;

import java.util.List;

import org.passerelle.shared.Caller;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public search endpoints (search, suggestions, related entries) and the admin's reindex. Public
 * responses carry a content ETag and public caching, like every public read.
 */
@RestController
class SearchController {

    static final String GEO_JSON = "application/geo+json";

    private final SearchService search;
    private final SearchItems items;
    private final JsonMapper json;

    SearchController(SearchService search, SearchItems items, JsonMapper json) {
        this.search = search;
        this.items = items;
        this.json = json;
    }

    /**
     * JSON, or GeoJSON when the client asks for it by name: {@code Accept: application/geo+json}
     * ({@code *}{@code /*} and no Accept get JSON).
     */
    @GetMapping("/api/v1/entries")
    ResponseEntity<byte[]> search(@RequestParam MultiValueMap<String, String> params,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, WebRequest request) {
        SearchQuery query = SearchParameters.read(params);
        SearchResult result = search.search(query);
        if (wantsGeoJson(accept)) {
            return publicRead(items.geoJson(result, query.lang()), MediaType.parseMediaType(GEO_JSON), request);
        }
        return publicRead(items.result(result, query.lang()), MediaType.APPLICATION_JSON, request);
    }

    private static boolean wantsGeoJson(String accept) {
        if (accept == null || !accept.contains(GEO_JSON)) {
            return false;
        }
        try {
            double geo = 0;
            double json = 0;
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getType().equals("application") && type.getSubtype().equals("geo+json")) {
                    geo = Math.max(geo, type.getQualityValue());
                } else if (type.getType().equals("application") && type.getSubtype().equals("json")) {
                    json = Math.max(json, type.getQualityValue());
                }
            }
            return geo > 0 && geo >= json;
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    @GetMapping("/api/v1/suggest")
    ResponseEntity<byte[]> suggest(@RequestParam MultiValueMap<String, String> params, WebRequest request) {
        String q = SearchParameters.single(params, "q");
        Lang lang = Representations.lang(SearchParameters.single(params, "lang"));
        int size = SearchParameters.integer(params, "size", 10);
        return publicRead(items.suggestions(search.suggest(q, lang, size)), MediaType.APPLICATION_JSON, request);
    }

    @GetMapping("/api/v1/entries/{id}/related")
    ResponseEntity<byte[]> related(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            WebRequest request) {
        Lang lang = Representations.lang(SearchParameters.single(params, "lang"));
        int size = SearchParameters.integer(params, "size", 10);
        List<SearchHit> hits = search.related(id, size);
        ObjectNode body = json.createObjectNode();
        var array = body.putArray("items");
        hits.forEach(hit -> array.add(items.item(hit, lang)));
        if (lang != null) {
            body.put("lang", lang.name());
        }
        return publicRead(body, MediaType.APPLICATION_JSON, request);
    }

    @PostMapping("/api/v1/admin/reindex")
    ResponseEntity<JsonNode> reindex(Caller caller) {
        caller.requireAdmin();
        search.reindex();
        ObjectNode body = json.createObjectNode().put("status", "rebuilding");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    /**
     * The body is rendered once: the ETag hashes the very bytes that are sent (rendering the tree a
     * second time in the message converter doubled the JSON cost of every search).
     */
    private ResponseEntity<byte[]> publicRead(JsonNode body, MediaType type, WebRequest request) {
        byte[] bytes = json.writeValueAsBytes(body);
        String etag = Representations.contentEtag(bytes);
        ResponseEntity<byte[]> response = Representations.conditional(request, bytes, etag, Representations.PUBLIC);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).contentType(type)
                .body(response.getBody());
    }
}
