package org.passerelle.web;

import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Documents made to be framed by partner sites: an entry's card (oEmbed of entry pages). */
@RestController
class EmbedController {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Cards cards;
    private final PublicUrls urls;

    EmbedController(Cards cards, PublicUrls urls) {
        this.cards = cards;
        this.urls = urls;
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
