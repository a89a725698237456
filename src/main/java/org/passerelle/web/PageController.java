package org.passerelle.web;

import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.territory.TerritoryService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.WebRequest;

/** Public HTML pages: entries and listings. */
@RestController
class PageController {

    private final EntryService entries;
    private final TerritoryService territories;
    private final EntryPage entryPage;
    private final Listings listings;
    private final PublicUrls urls;
    private final WebProperties properties;

    PageController(EntryService entries, TerritoryService territories, EntryPage entryPage, Listings listings,
            PublicUrls urls, WebProperties properties) {
        this.entries = entries;
        this.territories = territories;
        this.entryPage = entryPage;
        this.listings = listings;
        this.urls = urls;
        this.properties = properties;
    }

    /** A listing page (what oEmbed listing URLs point to), with the oEmbed discovery link. */
    @GetMapping(path = "/listing", produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<String> listing(@RequestParam MultiValueMap<String, String> params, WebRequest request) {
        Listings.Request listing = Listings.Request.from(params, properties);
        String title = listings.title(listing);
        String self = urls.base() + "/listing?" + listing.query();
        String head = "<link rel=\"canonical\" href=\"" + Html.escape(self) + "\">\n"
                + "<link rel=\"alternate\" type=\"application/json+oembed\" href=\""
                + Html.escape(urls.base() + "/oembed?format=json&url=" + PublicUrls.encode(self)) + "\" title=\""
                + Html.escape(title) + "\">\n";
        String body = "<h1>" + Html.escape(title) + "</h1>\n"
                + CardHtml.list(listings.cards(listing), Cards.labels(listing.lang()), urls, false);
        String html = EmbedHtml.document(title, body, listing.lang()).replace("</head>", head + "</head>");
        return PageSecurity.with(PublicReads.text(request, html, MediaType.parseMediaType("text/html;charset=UTF-8")),
                PageSecurity.PAGE);
    }

    @GetMapping(path = "/entries/{id}", produces = {MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<String> entry(@PathVariable String id, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Entry entry = entries.findPublished(id).orElseThrow(() -> ApiProblem.notFound("No entry '" + id + "'."));
        String html = entryPage.render(entry, territories.find(entry.territory()).orElse(null), language);
        return PageSecurity.with(PublicReads.text(request, html, MediaType.parseMediaType("text/html;charset=UTF-8")),
                PageSecurity.PAGE);
    }
}
