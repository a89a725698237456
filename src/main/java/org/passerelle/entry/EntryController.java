package org.passerelle.entry;

import java.net.URI;

import org.passerelle.shared.Caller;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.shared.TextLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/entries")
class EntryController {

    private final EntryService entries;
    private final EntryView view;
    private final TextLimits limits;
    private final JsonMapper json;

    EntryController(EntryService entries, EntryView view, TextLimits limits, JsonMapper json) {
        this.entries = entries;
        this.view = view;
        this.limits = limits;
        this.json = json;
    }

    @GetMapping("/{id}")
    ResponseEntity<JsonNode> get(Caller caller, @PathVariable String id, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Entry entry = entries.get(caller, id);
        ObjectNode body = view.render(entry, language);
        if (language != null) {
            body.put("lang", language.name());
        }
        var cache = entry.isPublished() && !caller.isAuthenticated() ? Representations.PUBLIC
                : Representations.PRIVATE;
        return Representations.conditional(request, body, EntryView.etag(entry, language), cache);
    }

    @PostMapping
    ResponseEntity<JsonNode> create(Caller caller, @RequestBody JsonNode body) {
        requireAuthenticated(caller);
        EntryForm.Submitted form = EntryForm.read(body, limits);
        Entry entry = entries.create(caller, form.territory(), form.content());
        return ResponseEntity.created(URI.create("/api/v1/entries/" + entry.id())).eTag(EntryView.etag(entry, null))
                .body(view.render(entry, null));
    }

    @PutMapping("/{id}")
    ResponseEntity<JsonNode> replace(Caller caller, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody JsonNode body) {
        requireAuthenticated(caller);
        Entry current = entries.get(caller, id);
        if (body != null && body.isObject() && !body.has("territory")) {
            ((ObjectNode) body).put("territory", current.territory());
        }
        EntryForm.Submitted form = EntryForm.read(body, limits);
        Entry entry = entries.replace(caller, id, EntryView.expectedVersion(ifMatch), form.territory(),
                form.content());
        return ok(entry);
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<JsonNode> publish(Caller caller, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireAuthenticated(caller);
        return ok(entries.publish(caller, id, EntryView.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/archive")
    ResponseEntity<JsonNode> archive(Caller caller, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        requireAuthenticated(caller);
        return ok(entries.archive(caller, id, EntryView.expectedVersion(ifMatch)));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        requireAuthenticated(caller);
        entries.delete(caller, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/revisions")
    ResponseEntity<JsonNode> revisions(Caller caller, @PathVariable String id) {
        requireAuthenticated(caller);
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("items");
        entries.revisions(caller, id).forEach(revision -> items.add(view.render(revision, null)));
        body.put("total", items.size());
        return ResponseEntity.ok().cacheControl(Representations.PRIVATE).body(body);
    }

    private ResponseEntity<JsonNode> ok(Entry entry) {
        return ResponseEntity.ok().eTag(EntryView.etag(entry, null)).cacheControl(Representations.PRIVATE)
                .body(view.render(entry, null));
    }

    private static void requireAuthenticated(Caller caller) {
        if (!caller.isAuthenticated()) {
            throw org.passerelle.shared.ApiProblem.unauthorized();
        }
    }
}
