package org.passerelle.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs of our public resources. Feeds, JSON-LD, OpenGraph and oEmbed are read far from
 * the service, so their links must be absolute; the origin is configured or taken from the request
 * (Spring honours {@code Forwarded} headers when {@code server.forward-headers-strategy} says so).
 */
@Component
class PublicUrls {

    private final String configured;

    PublicUrls(WebProperties properties) {
        String base = properties.baseUrl();
        this.configured = base == null || base.isBlank() ? null : strip(base.strip());
    }

    String base() {
        return configured != null ? configured : strip(ServletUriComponentsBuilder.fromCurrentContextPath()
                .build().toUriString());
    }

    String entryPage(String id) {
        return base() + "/entries/" + encode(id);
    }

    String entryJson(String id) {
        return base() + "/api/v1/entries/" + encode(id);
    }

    String entryEmbed(String id) {
        return base() + "/embed/v1/entries/" + encode(id);
    }

    String absolute(String pathOrUrl) {
        if (pathOrUrl == null) {
            return null;
        }
        return pathOrUrl.startsWith("/") ? base() + pathOrUrl : pathOrUrl;
    }

    /** Whether {@code url} points at this service (same scheme, host and port as our base). */
    boolean isOurs(URI url) {
        try {
            URI base = new URI(base());
            return url.getScheme() != null && url.getScheme().equalsIgnoreCase(base.getScheme())
                    && url.getHost() != null && url.getHost().equalsIgnoreCase(base.getHost())
                    && port(url) == port(base);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String strip(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
