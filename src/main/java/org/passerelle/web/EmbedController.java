package org.passerelle.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.WebRequest;

/** What partner sites embed: listings and entry cards for iframes, and the listing widget. */
@RestController
class EmbedController {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Cards cards;
    private final Listings listings;
    private final PublicUrls urls;
    private final WebProperties properties;
    private final String widget;

    EmbedController(Cards cards, Listings listings, PublicUrls urls, WebProperties properties) throws IOException {
        this.cards = cards;
        this.listings = listings;
        this.urls = urls;
        this.properties = properties;
        this.widget = new ClassPathResource("embed/widget.js").getContentAsString(StandardCharsets.UTF_8);
    }

    /** A listing made to be framed: parameters are lenient so that a partner's page never shows an error. */
    @GetMapping(path = "/embed/v1/listing", produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<String> listing(@RequestParam MultiValueMap<String, String> params, WebRequest request) {
        Listings.Request listing = Listings.Request.from(params, properties);
        String html = EmbedHtml.listing(listings.title(listing), listings.cards(listing),
                urls.base() + "/listing?" + listing.query(), listing.lang(), urls);
        return PageSecurity.with(PublicReads.text(request, html, HTML), PageSecurity.EMBED);
    }

    /** The custom element {@code <passerelle-listing>}; it finds our origin from its own URL. */
    @GetMapping(path = "/embed/v1/widget.js")
    ResponseEntity<String> widget(WebRequest request) {
        return PublicReads.text(request, widget, MediaType.parseMediaType("text/javascript;charset=UTF-8"));
    }

    @GetMapping(path = "/embed/v1/entries/{id}", produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<String> entry(@PathVariable String id, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Card card = cards.published(id, language).orElseThrow(() -> ApiProblem.notFound("No entry '" + id + "'."));
        return PageSecurity.with(PublicReads.text(request, EmbedHtml.card(card, language, urls), HTML),
                PageSecurity.EMBED);
    }
}
