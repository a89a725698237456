package org.passerelle.web;

import static org.passerelle.web.Html.escape;

import java.util.Map;

import org.passerelle.entry.Entry;
import org.passerelle.shared.Lang;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The public HTML page of an entry: what oEmbed URLs and feed links point to. It carries the JSON-LD,
 * OpenGraph tags and the oEmbed discovery link; the description is sanitised Markdown, every other
 * text is escaped.
 */
@Component
class EntryPage {

    private final Cards cards;
    private final JsonLd jsonLd;
    private final Markdown markdown;
    private final PublicUrls urls;
    private final JsonMapper json;

    EntryPage(Cards cards, JsonLd jsonLd, Markdown markdown, PublicUrls urls, JsonMapper json) {
        this.cards = cards;
        this.jsonLd = jsonLd;
        this.markdown = markdown;
        this.urls = urls;
        this.json = json;
    }

    String render(Entry entry, org.passerelle.territory.Territory territory, Lang lang) {
        Lang shown = lang == null ? Lang.en : lang;
        Card card = cards.of(entry, shown);
        Map<String, String> labels = Cards.labels(shown);
        String page = urls.entryPage(entry.id());
        String ld = Html.scriptJson(json.writeValueAsString(jsonLd.describe(entry, territory, lang)));
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(shown.name()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(card.title())).append(" · Passerelle</title>\n");
        if (card.summary() != null) {
            html.append("<meta name=\"description\" content=\"").append(escape(card.summary())).append("\">\n");
        }
        html.append("<link rel=\"canonical\" href=\"").append(escape(page)).append("\">\n");
        og(html, "og:type", "website");
        og(html, "og:site_name", "Passerelle");
        og(html, "og:title", card.title());
        og(html, "og:url", page);
        og(html, "og:locale", Map.of("fr", "fr_FR", "ja", "ja_JP", "en", "en_GB").get(shown.name()));
        if (card.summary() != null) {
            og(html, "og:description", card.summary());
        }
        if (card.image() != null) {
            og(html, "og:image", urls.absolute(card.image().medium()));
            og(html, "og:image:alt", card.image().alt());
        }
        html.append("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"")
                .append(escape(urls.base() + "/oembed?format=json&url=" + PublicUrls.encode(page)))
                .append("\" title=\"").append(escape(card.title())).append("\">\n");
        html.append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"")
                .append(escape(urls.entryJson(entry.id()))).append("\">\n");
        html.append("<script type=\"application/ld+json\">").append(ld).append("</script>\n");
        html.append("<style>").append(CardHtml.STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        html.append("<article class=\"entry\">\n<p class=\"kind\">").append(escape(labels.get(card.kind())))
                .append("</p>\n<h1>").append(escape(card.title())).append("</h1>\n")
                .append(CardHtml.meta(card)).append("\n");
        if (card.summary() != null) {
            html.append("<p class=\"summary\">").append(escape(card.summary())).append("</p>\n");
        }
        if (card.image() != null) {
            html.append("<figure><img src=\"").append(escape(urls.absolute(card.image().medium())))
                    .append("\" alt=\"").append(escape(card.image().alt())).append("\">");
            if (card.image().credit() != null) {
                html.append("<figcaption class=\"credit\">").append(escape(labels.get("credit"))).append(": ")
                        .append(escape(card.image().credit()))
                        .append(card.image().license() == null ? "" : " (" + escape(card.image().license()) + ")")
                        .append("</figcaption>");
            }
            html.append("</figure>\n");
        }
        html.append("<div class=\"description\">")
                .append(markdown.toSafeHtml(shown.pick(entry.content().description()))).append("</div>\n");
        if (entry.content().website() != null) {
            html.append("<p><a href=\"").append(escape(entry.content().website()))
                    .append("\" rel=\"nofollow noopener\">").append(escape(entry.content().website())).append("</a></p>\n");
        }
        return html.append("</article>\n</main>\n</body>\n</html>\n").toString();
    }

    private static void og(StringBuilder html, String property, String content) {
        html.append("<meta property=\"").append(property).append("\" content=\"").append(escape(content))
                .append("\">\n");
    }
}
