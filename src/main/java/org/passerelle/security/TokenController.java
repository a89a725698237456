package org.passerelle.security;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.passerelle.shared.Caller;
import org.passerelle.shared.FieldReader;
import org.passerelle.shared.Representations;
import org.passerelle.shared.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/admin/tokens")
class TokenController {

    private final TokenService tokens;
    private final TextLimits limits;

    TokenController(TokenService tokens, TextLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> issue(Caller caller, @RequestBody JsonNode body) {
        caller.requireAdmin();
        FieldReader in = new FieldReader(body, limits);
        String territory = in.slug("territory", true);
        String label = in.text("label", limits.text(), true);
        in.rejectUnknownFields();
        in.throwIfInvalid();
        TokenService.Issued issued = tokens.issueEditorToken(caller, territory, label);
        Map<String, Object> view = describe(issued.token());
        view.put("token", issued.secret());
        return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + issued.token().id()))
                .cacheControl(org.springframework.http.CacheControl.noStore()).body(view);
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> list(Caller caller) {
        List<Map<String, Object>> items = tokens.editorTokens(caller).stream().map(TokenController::describe).toList();
        return ResponseEntity.ok().cacheControl(Representations.PRIVATE)
                .body(Map.of("items", items, "total", items.size()));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String id) {
        tokens.revoke(caller, id);
        return ResponseEntity.noContent().build();
    }

    private static Map<String, Object> describe(TokenStore.StoredToken token) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", token.id());
        view.put("territory", token.territory());
        view.put("label", token.label());
        view.put("createdAt", token.createdAt().toString());
        return view;
    }
}
