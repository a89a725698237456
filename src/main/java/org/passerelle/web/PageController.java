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
import org.springframework.web.context.request.WebRequest;

/** Public HTML pages of published entries. */
@RestController
class PageController {

    private final EntryService entries;
    private final TerritoryService territories;
    private final EntryPage entryPage;

    PageController(EntryService entries, TerritoryService territories, EntryPage entryPage) {
        this.entries = entries;
        this.territories = territories;
        this.entryPage = entryPage;
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
