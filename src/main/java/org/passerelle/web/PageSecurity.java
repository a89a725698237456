package org.passerelle.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Content-Security-Policy of our HTML. Our pages and embeds run no script at all and load only
 * same-origin images; embeds may be framed by any site, pages only by ours.
 */
final class PageSecurity {

    private static final String BASE = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline';"
            + " base-uri 'none'; form-action 'none'";
    static final String PAGE = BASE + "; frame-ancestors 'self'";
    static final String EMBED = BASE + "; frame-ancestors *";

    private PageSecurity() {
    }

    static ResponseEntity<String> with(ResponseEntity<String> response, String policy) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(response.getHeaders());
        headers.set("Content-Security-Policy", policy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        return ResponseEntity.status(response.getStatusCode()).headers(headers).body(response.getBody());
    }
}
