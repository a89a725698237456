package org.passerelle.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.passerelle.entry.Codes.Kind;
import org.passerelle.entry.Entry;
import org.passerelle.entry.EntryService;
import org.passerelle.shared.ApiProblem;
import org.passerelle.shared.FieldReader;
import org.passerelle.shared.Lang;
import org.passerelle.shared.Representations;
import org.passerelle.territory.Territory;
import org.passerelle.territory.TerritoryService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** The Atom feed of recently published entries, read from the store (not the index), newest first. */
@RestController
class FeedController {

    private final EntryService entries;
    private final TerritoryService territories;
    private final PublicUrls urls;
    private final WebProperties properties;

    FeedController(EntryService entries, TerritoryService territories, PublicUrls urls, WebProperties properties) {
        this.entries = entries;
        this.territories = territories;
        this.urls = urls;
        this.properties = properties;
    }

    @GetMapping("/api/v1/feeds/entries.atom")
    ResponseEntity<String> entries(@RequestParam(required = false) String territory,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String lang,
            WebRequest request) {
        Lang language = Representations.lang(lang);
        Kind kindCode = Params.kind(kind);
        Territory scoped = null;
        if (territory != null && !territory.isEmpty()) {
            if (!FieldReader.isSlug(territory)) {
                throw ApiProblem.badRequest("territory must be a territory slug.");
            }
            scoped = territories.find(territory)
                    .orElseThrow(() -> ApiProblem.notFound("No territory '" + territory + "'."));
        }
        List<Entry> recent = entries.recentlyPublished(scoped == null ? null : scoped.slug(), kindCode,
                properties.feedSize());
        Map<String, Territory> byslug = new HashMap<>();
        recent.forEach(e -> byslug.computeIfAbsent(e.territory(), t -> territories.find(t).orElse(null)));
        String self = UriComponentsBuilder.fromUriString(urls.base() + "/api/v1/feeds/entries.atom")
                .queryParamIfPresent("territory", Optional.ofNullable(scoped).map(Territory::slug))
                .queryParamIfPresent("kind", Optional.ofNullable(kindCode).map(Kind::code))
                .queryParamIfPresent("lang", Optional.ofNullable(language).map(Lang::name))
                .build().toUriString();
        String title = "Passerelle" + (scoped == null ? "" : " — " + (language == null ? Lang.en : language)
                .pick(scoped.name())) + (kindCode == null ? "" : " — " + kindCode.code());
        String body = AtomFeed.write(new AtomFeed.Scope(self, title, language), recent, byslug, urls);
        return PublicReads.text(request, body, MediaType.parseMediaType(AtomFeed.MEDIA_TYPE));
    }
}
