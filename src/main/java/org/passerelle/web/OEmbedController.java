package org.passerelle.web;

import static org.passerelle.web.Html.escape;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * oEmbed 1.0 provider (https://oembed.com): entry pages and listing pages of this service become
 * {@code rich} responses whose HTML is a sandboxed iframe on our embed. As the specification asks:
 * a URL that is not ours (or no longer published) is 404, a format other than JSON is 501, and when
 * no iframe fits {@code maxwidth}/{@code maxheight} the answer is 404.
 */
@RestController
class OEmbedController {

    private static final int ENTRY_HEIGHT = 420;
    private static final int MIN_HEIGHT = 150;

    private final Cards cards;
    private final Listings listings;
    private final PublicUrls urls;
    private final WebProperties properties;
    private final JsonMapper json;

    OEmbedController(Cards cards, Listings listings, PublicUrls urls, WebProperties properties, JsonMapper json) {
        this.cards = cards;
        this.listings = listings;
        this.urls = urls;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping(path = "/oembed", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<JsonNode> oembed(@RequestParam(required = false) String url,
            @RequestParam(required = false) String format, @RequestParam(required = false) String maxwidth,
            @RequestParam(required = false) String maxheight, WebRequest request) {
        if (format != null && !format.isEmpty() && !format.equals("json")) {
            throw new ApiProblem(HttpStatus.NOT_IMPLEMENTED, "format-not-implemented", "Format not implemented",
                    "Only format=json is provided.");
        }
        if (url == null || url.isBlank()) {
            throw ApiProblem.badRequest("url is required: the URL of an entry or listing page of this service.");
        }
        int maxWidth = dimension("maxwidth", maxwidth);
        int maxHeight = dimension("maxheight", maxheight);
        UriComponents target = ours(url).orElseThrow(OEmbedController::notOurs);
        String path = target.getPath() == null ? "" : target.getPath();
        Lang lang = Lang.parse(target.getQueryParams().getFirst("lang")).orElse(null);
        ObjectNode body;
        if (path.matches("/entries/[A-Za-z0-9_-]{1,64}")) {
            String id = path.substring("/entries/".length());
            Card card = cards.published(id, lang).orElseThrow(OEmbedController::notOurs);
            String src = urls.entryEmbed(id) + (lang == null ? "" : "?lang=" + lang.name());
            body = rich(card.title(), src, maxWidth, Math.min(ENTRY_HEIGHT, maxHeight));
        } else if (path.equals("/listing")) {
            Listings.Request listing = Listings.Request.from(target.getQueryParams(), properties);
            String src = urls.base() + "/embed/v1/listing?" + listing.query();
            body = rich(listings.title(listing), src, maxWidth, Math.min(properties.embedHeight(), maxHeight));
        } else {
            throw notOurs();
        }
        return PublicReads.json(request, body, json);
    }

    private ObjectNode rich(String title, String src, int maxWidth, int height) {
        int width = Math.min(properties.embedWidth(), maxWidth);
        if (width < properties.minEmbedWidth() || height < MIN_HEIGHT) {
            throw ApiProblem.notFound("No embed fits in " + maxWidth + "×" + height + " pixels.");
        }
        ObjectNode body = json.createObjectNode();
        body.put("version", "1.0");
        body.put("type", "rich");
        body.put("provider_name", "Passerelle");
        body.put("provider_url", urls.base() + "/");
        body.put("title", title);
        body.put("cache_age", 3600);
        body.put("html", "<iframe src=\"" + escape(src) + "\" width=\"" + width + "\" height=\"" + height
                + "\" title=\"" + escape(title) + "\" loading=\"lazy\" style=\"border:0;max-width:100%\""
                + " sandbox=\"allow-popups allow-popups-to-escape-sandbox\""
                + " referrerpolicy=\"strict-origin-when-cross-origin\"></iframe>");
        body.put("width", width);
        body.put("height", height);
        return body;
    }

    private Optional<UriComponents> ours(String url) {
        try {
            URI uri = new URI(url.strip());
            if (!uri.isAbsolute() || !urls.isOurs(uri)) {
                return Optional.empty();
            }
            return Optional.of(UriComponentsBuilder.fromUri(uri).build());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int dimension(String name, String value) {
        if (value == null || value.isEmpty()) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badRequest(name + " must be a positive whole number of pixels.");
    }

    private static ApiProblem notOurs() {
        return ApiProblem.notFound("The url is not an entry or listing page of this service.");
    }
}
