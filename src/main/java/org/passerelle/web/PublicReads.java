package org.passerelle.web;

import java.nio.charset.StandardCharsets;

import org.passerelle.shared.Representations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every public read ends here: a strong ETag from the bytes, 304 on a match, public caching. */
final class PublicReads {

    private PublicReads() {
    }

    static ResponseEntity<JsonNode> json(WebRequest request, JsonNode body, JsonMapper json) {
        return Representations.conditional(request, body, Representations.contentEtag(json.writeValueAsBytes(body)),
                Representations.PUBLIC);
    }

    /** A text body (HTML, XML, JavaScript) of the given type. */
    static ResponseEntity<String> text(WebRequest request, String body, MediaType type) {
        String etag = Representations.contentEtag(body.getBytes(StandardCharsets.UTF_8));
        ResponseEntity<String> response = Representations.conditional(request, body, etag, Representations.PUBLIC);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).contentType(type)
                .body(response.getBody());
    }
}
